package org.learningsociety.core.registration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.RegistrationEvent.AssessmentVerified;
import org.learningsociety.core.registration.RegistrationEvent.RecognitionRevoked;
import org.learningsociety.core.registration.RegistrationEvent.SelfAssessmentSubmitted;
import org.learningsociety.core.registration.RegistrationEvent.SubjectRegistered;
import org.learningsociety.core.registration.RegistrationEvent.TitleNotRecognised;
import org.learningsociety.core.registration.RegistrationEvent.TitleRecognised;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/**
 * A subject's year (the aggregate): registered → self-assessed → verified → recognised by a
 * decision, or not recognised with a reason. It keeps the criteria set version it is scored
 * against and the unit it was made in, so that later reforms and new criteria leave it as it was.
 */
public final class Registration {

    private final RegistrationId id;
    private final SubjectId subject;
    private final LearningModel model;
    private final UnitId unit;
    private final int year;
    private final CriteriaSetId criteriaSet;
    private final Instant registeredAt;
    private RegistrationStatus status;
    private Scores selfScores;
    private List<Evidence> evidence;
    private Instant selfAssessedAt;
    private boolean selfAssessedLate;
    private Scores verifiedScores;
    private String verifier;
    private String verificationNote;
    private Instant verifiedAt;
    private DecisionId decision;
    private String nonRecognitionReason;
    private final int version;
    /**
     * Whether the evidence may differ from the stored one, so that a write must include it: true for a
     * registration made by the constructor, until a repository marks what it read ({@link #asRead()}).
     */
    private boolean evidenceChanged = true;
    /** The status as a repository read it ({@link #asRead()}); null for a registration it did not read. */
    private RegistrationStatus statusAsRead;
    /** The stored row's province (V21), as a repository read it ({@link #asRead(String)}). */
    private String provinceAsStored;

    /** Restores a registration as stored; use {@link #register} for a new one. */
    public Registration(RegistrationId id, SubjectId subject, LearningModel model, UnitId unit, int year,
            CriteriaSetId criteriaSet, Instant registeredAt, RegistrationStatus status, Scores selfScores,
            List<Evidence> evidence, Instant selfAssessedAt, boolean selfAssessedLate, Scores verifiedScores,
            String verifier, String verificationNote, Instant verifiedAt, DecisionId decision,
            String nonRecognitionReason, int version) {
        this.id = Objects.requireNonNull(id);
        this.subject = Objects.requireNonNull(subject);
        this.model = Objects.requireNonNull(model);
        this.unit = Objects.requireNonNull(unit);
        this.year = year;
        this.criteriaSet = Objects.requireNonNull(criteriaSet);
        this.registeredAt = registeredAt;
        this.status = Objects.requireNonNull(status);
        this.selfScores = selfScores == null ? Scores.empty() : selfScores;
        this.evidence = evidence == null ? List.of() : List.copyOf(evidence);
        this.selfAssessedAt = selfAssessedAt;
        this.selfAssessedLate = selfAssessedLate;
        this.verifiedScores = verifiedScores == null ? Scores.empty() : verifiedScores;
        this.verifier = verifier;
        this.verificationNote = verificationNote;
        this.verifiedAt = verifiedAt;
        this.decision = decision;
        this.nonRecognitionReason = nonRecognitionReason;
        this.version = version;
    }

    /** A subject registers for {@code year} against {@code criteriaSet}. */
    public static Registered register(RegistrationId id, Subject subject, int year, CriteriaSet criteriaSet,
            Instant at) {
        if (criteriaSet.model() != subject.model()) {
            throw new InvalidInputException("criteriaSet", criteriaSet.version(),
                    "Bộ tiêu chí không dành cho mô hình " + subject.model().title());
        }
        Registration registration = new Registration(id, subject.id(), subject.model(), subject.unit(), year,
                criteriaSet.id(), at, RegistrationStatus.REGISTERED, Scores.empty(), List.of(), null, false,
                Scores.empty(), null, null, null, null, null, 0);
        return new Registered(registration,
                new SubjectRegistered(id, subject.id(), subject.model(), subject.unit(), year, at));
    }

    /** The new registration and its event. */
    public record Registered(Registration registration, SubjectRegistered event) { }

    /**
     * The subject scores itself, with evidence. Allowed until it is verified; a later submission
     * replaces an earlier one. A submission after the window closed is kept and marked late.
     */
    public SelfAssessmentSubmitted selfAssess(CriteriaSet set, Scores scores, List<Evidence> evidence, Instant at,
            boolean late) {
        RegistrationPolicies.selfAssessmentAllowed(this).orThrow();
        RegistrationPolicies.scoredAgainstOwnSet(this, set).orThrow();
        set.check(scores, evidence, "scores").orThrow();
        this.selfScores = scores;
        this.evidence = List.copyOf(evidence);
        this.evidenceChanged = true;
        this.selfAssessedAt = at;
        this.selfAssessedLate = late;
        this.status = RegistrationStatus.SELF_ASSESSED;
        return new SelfAssessmentSubmitted(id, scores.total(), late, at);
    }

    /** The association verifies the self-assessment, setting the verified points. */
    public AssessmentVerified verify(CriteriaSet set, Scores scores, String verifier, String note, Instant at) {
        RegistrationPolicies.verificationAllowed(this).orThrow();
        RegistrationPolicies.scoredAgainstOwnSet(this, set).orThrow();
        if (verifier == null || verifier.isBlank()) {
            throw new InvalidInputException("verifier", verifier, "Người thẩm định là bắt buộc");
        }
        set.check(scores, evidence, "scores").orThrow();
        Classification classification = set.classify(scores);
        this.verifiedScores = scores;
        this.verifier = verifier;
        this.verificationNote = note;
        this.verifiedAt = at;
        this.status = RegistrationStatus.VERIFIED;
        return new AssessmentVerified(id, scores.total(), classification.earnsTitle(), verifier, at);
    }

    /**
     * Whether the evidence was replaced (by a self-assessment) since a repository read this
     * registration, or it was not read ({@link #asRead()}): a repository writes a changed
     * registration's evidence only then.
     */
    public boolean evidenceChanged() {
        return evidenceChanged;
    }

    /**
     * Marks this registration's evidence as the stored one; a repository calls it on what it has just
     * read, so that writing back a verification or a recognition leaves the evidence rows alone.
     */
    public Registration asRead() {
        this.evidenceChanged = false;
        this.statusAsRead = status;
        return this;
    }

    /**
     * As {@link #asRead()}, with the province the row is stored under (V21's partition key), which a
     * repository's write of this registration names without reading the row again.
     */
    public Registration asRead(String provinceAsStored) {
        this.provinceAsStored = provinceAsStored;
        return asRead();
    }

    /** The province the row was stored under when a repository read it; null when none said. */
    public String provinceAsStored() {
        return provinceAsStored;
    }

    /**
     * The status this registration had when a repository read it ({@link #asRead()}), at its
     * {@link #version()}; null when no repository read it. A write that finds the stored row still at
     * that version finds this status stored (every change of the status is a new version), so the
     * repository knows which per-unit count the write moves from without reading the row again.
     */
    public RegistrationStatus statusAsRead() {
        return statusAsRead;
    }

    /** A decision recognises the subject; only a verified subject whose points earn the title. */
    public TitleRecognised recognise(CriteriaSet set, Decision recognition, Instant at) {
        RegistrationPolicies.recognitionAllowed(this, set, recognition).orThrow();
        this.decision = recognition.id();
        this.status = RegistrationStatus.RECOGNISED;
        return new TitleRecognised(id, recognition.id(), at);
    }

    /** The subject is not recognised this year, for a stated reason. */
    public TitleNotRecognised refuseRecognition(String reason, Instant at) {
        RegistrationPolicies.nonRecognitionAllowed(this, reason).orThrow();
        this.nonRecognitionReason = reason;
        this.status = RegistrationStatus.NOT_RECOGNISED;
        return new TitleNotRecognised(id, reason, at);
    }

    /** The text a year closed without self-assessment gives as its reason for not being recognised. */
    public static final String NEVER_SELF_ASSESSED = "Không tự đánh giá";

    /**
     * The year closes without the self-assessment the subject never made, for the officer's reason: it
     * becomes not recognised with the reason "Không tự đánh giá: …" and counts as registered.
     */
    public RegistrationEvent.SelfAssessmentNeverMade closeWithoutSelfAssessment(String reason, Instant at) {
        RegistrationPolicies.closingWithoutSelfAssessmentAllowed(this, reason).orThrow();
        this.nonRecognitionReason = NEVER_SELF_ASSESSED + ": " + reason.trim();
        this.status = RegistrationStatus.NOT_RECOGNISED;
        return new RegistrationEvent.SelfAssessmentNeverMade(id, reason.trim(), at);
    }

    /**
     * The recognition is revoked for a stated reason: the year becomes not recognised with that
     * reason; the decision it was recognised by stays referenced, and the decision itself unchanged.
     */
    public RecognitionRevoked revokeRecognition(String reason, Instant at) {
        RegistrationPolicies.revocationAllowed(this, reason).orThrow();
        this.nonRecognitionReason = reason;
        this.status = RegistrationStatus.NOT_RECOGNISED;
        return new RecognitionRevoked(id, decision, reason, at);
    }

    /**
     * The state as compact readable text for the audit trail, e.g.
     * {@code SELF_ASSESSED tự đánh giá[1.1=10;1.2=8] minh chứng=2}.
     */
    public String auditText() {
        StringBuilder text = new StringBuilder(status.name());
        if (!selfScores.isEmpty()) {
            text.append(" tự đánh giá[").append(selfScores.encode()).append(']');
        }
        if (!evidence.isEmpty()) {
            text.append(" minh chứng=").append(evidence.size());
        }
        if (!verifiedScores.isEmpty()) {
            text.append(" thẩm định[").append(verifiedScores.encode()).append("] bởi ").append(verifier);
        }
        if (decision != null) {
            text.append(" quyết định=").append(decision);
        }
        if (nonRecognitionReason != null) {
            text.append(" lý do=\"").append(nonRecognitionReason).append('"');
        }
        return text.toString();
    }

    public RegistrationId id() {
        return id;
    }

    public SubjectId subject() {
        return subject;
    }

    public LearningModel model() {
        return model;
    }

    public UnitId unit() {
        return unit;
    }

    public int year() {
        return year;
    }

    public CriteriaSetId criteriaSet() {
        return criteriaSet;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Scores selfScores() {
        return selfScores;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public Instant selfAssessedAt() {
        return selfAssessedAt;
    }

    public boolean selfAssessedLate() {
        return selfAssessedLate;
    }

    public Scores verifiedScores() {
        return verifiedScores;
    }

    public String verifier() {
        return verifier;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public DecisionId decision() {
        return decision;
    }

    public String nonRecognitionReason() {
        return nonRecognitionReason;
    }

    /** The stored version this state was read at; a write of a changed version fails. */
    public int version() {
        return version;
    }
}
