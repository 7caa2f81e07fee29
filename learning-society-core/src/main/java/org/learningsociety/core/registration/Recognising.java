package org.learningsociety.core.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.OfficialCriteriaSets;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionPolicies;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.plan.Recognisers;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * Recognising: one decision recognises the verified subjects whose points earn the title and records
 * the others as not recognised with their reasons; all of it, or nothing. A title is granted only on a
 * criteria set that is official for the province, unless sample sets are knowingly allowed
 * ({@link OfficialCriteriaSets}).
 */
public class Recognising {

    private final YearlyRecords records;
    private final Decisions decisions;
    private final UnitDirectory units;
    private final OfficialCriteriaSets officialSets;
    private final Recognisers recognisers;

    /** Decisions issued by the People's Committees, whatever the plans say. */
    public Recognising(YearlyRecords records, Decisions decisions, UnitDirectory units,
            OfficialCriteriaSets officialSets) {
        this(records, decisions, units, officialSets, Recognisers.peoplesCommittees());
    }

    /** Decisions issued by the body the plans name for the issuing unit ({@code recognisers}). */
    public Recognising(YearlyRecords records, Decisions decisions, UnitDirectory units,
            OfficialCriteriaSets officialSets, Recognisers recognisers) {
        this.records = Objects.requireNonNull(records);
        this.decisions = Objects.requireNonNull(decisions);
        this.units = Objects.requireNonNull(units);
        this.officialSets = Objects.requireNonNull(officialSets);
        this.recognisers = Objects.requireNonNull(recognisers);
    }

    /** Who recognises the titles of {@code year} in {@code unit}, as the plans say. */
    public Recognition recogniserOf(AdministrativeUnit unit, int year, LocalDate on) {
        return recognisers.of(unit, year, on);
    }

    /**
     * Issues one recognition decision for {@code recognised} (all verified, all earning the title,
     * all of the decision's year and model) and records the others as not recognised with their
     * reasons. All of it, or nothing. Refused when a registration to recognise was assessed against a
     * sample criteria set the province has not declared official (unless sample sets are allowed).
     */
    public Decision recognise(NewDecision newDecision, int year, LearningModel model,
            Collection<RegistrationId> recognised, Map<RegistrationId, String> notRecognised) {
        // a recognition neither reads nor replaces evidence: the registrations are read without it
        return recognise(newDecision, year, model, recognised, () -> records.loadWithoutEvidence(recognised),
                () -> records.loadWithoutEvidence(notRecognised.keySet()),
                registration -> notRecognised.get(registration.id()));
    }

    /**
     * Whether titles may be granted on {@code set}: refused, with the reason, for a sample set the
     * province has not declared official (unless sample sets are allowed).
     */
    public Outcome mayGrantTitlesOn(CriteriaSet set) {
        return officialSets.mayGrantTitlesOn(set);
    }

    /**
     * As {@link #recognise(NewDecision, int, LearningModel, Collection, Map)}, for registrations the
     * caller has just read to decide (a commune's recognition reads them all): they are not read again.
     * One changed since it was read is refused as a conflict when written, and nothing is recorded.
     */
    public Decision recogniseAsRead(NewDecision newDecision, int year, LearningModel model,
            List<Registration> recognised, Map<Registration, String> notRecognised) {
        return recognise(newDecision, year, model, recognised.stream().map(Registration::id).toList(),
                () -> recognised, () -> List.copyOf(notRecognised.keySet()), notRecognised::get);
    }

    /**
     * Recognises one verified registration whose criteria set names its recognising authority
     * ({@link CriteriaSet#recognisingAuthority}) — a commune assessed as a learning community, recognised by
     * the body the circular names, outside the commune's yearly recognition of its villages' subjects. Refused
     * when the issuing unit is not that authority's ({@link #mayRecogniseAs}), when the verified points do
     * not earn the title, and on a sample set the province has not declared official.
     */
    public Decision recogniseByAuthority(NewDecision newDecision, RegistrationId id) {
        Registration registration = records.loadWithoutEvidence(List.of(id)).get(0);
        mayRecogniseAs(registration, newDecision).orThrow();
        CriteriaSet set = records.setOf(registration);
        Classification classification = set.classify(registration.verifiedScores());
        if (!classification.earnsTitle()) {
            throw new InvalidInputException("registrationId", id.value(), "Chưa đạt danh hiệu "
                    + registration.model().title() + ": " + String.join("; ", classification.shortfalls()));
        }
        BodyKind body = authorityOf(registration, newDecision).map(Authority::body).orElseThrow();
        return recognise(newDecision, registration.year(), registration.model(), List.of(id), () -> List.of(registration),
                List::of, r -> null, body);
    }

    /**
     * The authority {@code id}'s criteria set names to recognise its subject on {@code newDecision}'s day (its
     * date, else today): a commune as a learning community, by the province's People's Committee after the
     * reform. Empty when the set names none for the subject's level.
     */
    public Optional<Authority> authorityOf(RegistrationId id, NewDecision newDecision) {
        return authorityOf(records.loadWithoutEvidence(List.of(id)).get(0), newDecision);
    }

    private Optional<Authority> authorityOf(Registration registration, NewDecision newDecision) {
        LocalDate day = newDecision.date() == null ? LocalDate.now(records.clock()) : newDecision.date();
        return records.setOf(registration).recognisingAuthority(units.unitOn(registration.unit(), day).level(), day);
    }

    /**
     * Whether {@code newDecision}'s issuing unit is the authority that recognises {@code id}'s subject on the
     * decision's day, as its criteria set says: a unit of the authority's level, the subject's own unit or one
     * above it. Refused, naming who recognises, otherwise (the commune's own People's Committee for a commune
     * the province recognises), and for a registration not yet verified.
     */
    public Outcome mayRecogniseAs(RegistrationId id, NewDecision newDecision) {
        return mayRecogniseAs(records.loadWithoutEvidence(List.of(id)).get(0), newDecision);
    }

    private Outcome mayRecogniseAs(Registration registration, NewDecision newDecision) {
        if (registration.status() != RegistrationStatus.VERIFIED) {
            return Outcome.rejected("registrationId", registration.id().value(), "Hồ sơ chưa được thẩm định (trạng thái "
                    + registration.status() + "): chỉ công nhận hồ sơ đã thẩm định");
        }
        LocalDate day = newDecision.date() == null ? LocalDate.now(records.clock()) : newDecision.date();
        CriteriaSet set = records.setOf(registration);
        AdministrativeUnit subjectUnit = units.unitOn(registration.unit(), day);
        AdministrativeUnit issuer = newDecision.issuer(units, day);
        return RecognitionAuthorityPolicy.issuerIsTheAuthority(set, subjectUnit, units.ancestorsOf(subjectUnit, day),
                issuer, day);
    }

    private Decision recognise(NewDecision newDecision, int year, LearningModel model,
            Collection<RegistrationId> recognised, Supplier<List<Registration>> toRecognise,
            Supplier<List<Registration>> toRefuse, Function<Registration, String> reasonOf) {
        return recognise(newDecision, year, model, recognised, toRecognise, toRefuse, reasonOf, null);
    }

    /** @param body the issuing body; {@code null}: the one the plans name for the issuing unit */
    private Decision recognise(NewDecision newDecision, int year, LearningModel model,
            Collection<RegistrationId> recognised, Supplier<List<Registration>> toRecognise,
            Supplier<List<Registration>> toRefuse, Function<Registration, String> reasonOf, BodyKind body) {
        List<DomainEvent> raised = new ArrayList<>();
        Decision issued = records.transactions().inTransaction(() -> {
            Instant now = records.clock().instant();
            AdministrativeUnit issuer = newDecision.issuer(units, LocalDate.now(records.clock()));
            BodyKind issuingBody = body != null ? body : recognisers.of(issuer, year,
                    newDecision.date() == null ? LocalDate.now(records.clock()) : newDecision.date()).by();
            Decision decision = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, newDecision.number(),
                    newDecision.date(), newDecision.signer(), issuer.id(), year, model, null, issuingBody);
            DecisionPolicies.numberUnused(decisions, issuer, decision).orThrowConflict();
            if (recognised.isEmpty()) {
                throw new InvalidInputException("registrationIds", "[]", "Quyết định công nhận phải có ít nhất một hồ sơ");
            }
            List<Registration> granted = toRecognise.get();
            for (Registration registration : granted) {
                CriteriaSet set = records.setOf(registration);
                officialSets.mayGrantTitlesOn(set).orThrow();
            }
            decisions.add(decision);
            Actor by = records.actor().get();
            List<AuditRecord> audited = new ArrayList<>();
            audited.add(AuditRecord.of(Audited.DECISION, decision.id().value(), AuditAction.DECISION_ISSUED, by,
                    now, null, decision.kind() + " của " + issuingBody.ofUnit(issuer.name()) + " số " + decision.number()
                            + " ngày " + decision.date() + " ký "
                            + decision.signer() + " năm " + year + " " + model, null));
            List<Registration> changed = new ArrayList<>();
            for (Registration registration : granted) {
                String before = registration.auditText();
                raised.add(registration.recognise(records.setOf(registration), decision, now));
                changed.add(registration);
                audited.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(),
                        AuditAction.RECOGNISED, by, now, before, registration.auditText(), null));
            }
            for (Registration registration : toRefuse.get()) {
                String before = registration.auditText();
                raised.add(registration.refuseRecognition(reasonOf.apply(registration), now));
                changed.add(registration);
                audited.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(),
                        AuditAction.NOT_RECOGNISED, by, now, before, registration.auditText(),
                        registration.nonRecognitionReason()));
            }
            records.registrations().updateAll(changed);
            records.audit().appendAll(audited);
            records.events().publish(raised);
            return decision;
        });
        return issued;
    }
}
