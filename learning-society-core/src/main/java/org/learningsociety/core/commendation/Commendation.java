package org.learningsociety.core.commendation;

import java.time.Instant;
import java.util.Objects;
import org.learningsociety.core.commendation.CommendationEvent.CommendationApproved;
import org.learningsociety.core.commendation.CommendationEvent.CommendationProposed;
import org.learningsociety.core.commendation.CommendationEvent.CommendationRefused;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * A proposal to commend a recognised subject's year with a form of commendation, approved by the
 * level's emulation board with a decision, or refused with a reason.
 */
public final class Commendation {

    private final CommendationId id;
    private final RegistrationId registration;
    private final String form;
    private final String proposedBy;
    private final Instant proposedAt;
    private CommendationStatus status;
    private DecisionId decision;
    private String refusalReason;

    public Commendation(CommendationId id, RegistrationId registration, String form, String proposedBy,
            Instant proposedAt, CommendationStatus status, DecisionId decision, String refusalReason) {
        this.id = Objects.requireNonNull(id);
        this.registration = Objects.requireNonNull(registration);
        this.form = Objects.requireNonNull(form);
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = Objects.requireNonNull(status);
        this.decision = decision;
        this.refusalReason = refusalReason;
    }

    /** Proposes a commendation; only a recognised subject's year may be proposed. */
    public static Proposed propose(CommendationId id, Registration recognised, String form,
            String proposedBy, Instant at) {
        if (recognised.status() != RegistrationStatus.RECOGNISED) {
            throw new InvalidInputException("registrationId", recognised.id(),
                    "Chỉ đề nghị khen thưởng đối tượng đã được công nhận danh hiệu "
                            + recognised.model().title());
        }
        if (form == null) {
            throw new InvalidInputException("form", null, "Hình thức khen thưởng là bắt buộc");
        }
        if (proposedBy == null || proposedBy.isBlank()) {
            throw new InvalidInputException("proposedBy", proposedBy, "Người đề nghị là bắt buộc");
        }
        Commendation commendation = new Commendation(id, recognised.id(), form, proposedBy, at,
                CommendationStatus.PROPOSED, null, null);
        return new Proposed(commendation, new CommendationProposed(id, recognised.id(), form, proposedBy, at));
    }

    public record Proposed(Commendation commendation, CommendationProposed event) { }

    public CommendationApproved approve(Decision commendationDecision, Instant at) {
        requireProposed();
        return decided(commendationDecision, CommendationStatus.APPROVED, at);
    }

    /**
     * The higher body (the Prime Minister, a ministry) gave the form the province proposed upward:
     * recorded on its decision, which the portal enters.
     */
    public CommendationApproved grant(Decision centralDecision, Instant at) {
        requireProposed();
        return decided(centralDecision, CommendationStatus.GRANTED, at);
    }

    /** The higher body did not give the form the province proposed upward, for {@code reason}. */
    public CommendationRefused notGrant(String reason, Instant at) {
        requireProposed();
        CommendationPolicies.refusalGivesAReason(reason).orThrow();
        this.status = CommendationStatus.NOT_GRANTED;
        this.refusalReason = reason;
        return new CommendationRefused(id, reason, at);
    }

    private CommendationApproved decided(Decision commendationDecision, CommendationStatus outcome, Instant at) {
        if (commendationDecision.kind() != Decision.Kind.COMMENDATION || !form.equals(commendationDecision.form())) {
            throw new InvalidInputException("form", commendationDecision.form(),
                    "Quyết định không phải quyết định tặng hình thức " + form + " đã đề nghị");
        }
        this.status = outcome;
        this.decision = commendationDecision.id();
        return new CommendationApproved(id, commendationDecision.id(), at);
    }

    public CommendationRefused refuse(String reason, Instant at) {
        requireProposed();
        CommendationPolicies.refusalGivesAReason(reason).orThrow();
        this.status = CommendationStatus.REFUSED;
        this.refusalReason = reason;
        return new CommendationRefused(id, reason, at);
    }

    private void requireProposed() {
        if (status != CommendationStatus.PROPOSED) {
            throw new InvalidInputException("commendationId", id, "Đề nghị khen thưởng đã được xử lý");
        }
    }

    public CommendationId id() {
        return id;
    }

    public RegistrationId registration() {
        return registration;
    }

    public String form() {
        return form;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public CommendationStatus status() {
        return status;
    }

    public DecisionId decision() {
        return decision;
    }

    public String refusalReason() {
        return refusalReason;
    }
}
