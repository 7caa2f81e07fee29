package org.learningsociety.core.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * The application service of a subject's year: register, self-assess, verify, recognise. Every
 * method takes a batch (a village's households at once), runs in one transaction — all of it or
 * none — and publishes its events after the work succeeded.
 */
public class YearlyRecordService {

    private final Registrations registrations;
    private final Subjects subjects;
    private final CriteriaSets criteriaSets;
    private final Decisions decisions;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;

    /** Without an audit trail: for tools and tests; a host wires the constructor that takes one. */
    public YearlyRecordService(Registrations registrations, Subjects subjects, CriteriaSets criteriaSets,
            Decisions decisions, UnitDirectory units, PlanDirectory plans, Transactions transactions,
            DomainEvents events, Clock clock) {
        this(registrations, subjects, criteriaSets, decisions, units, plans, transactions, events, clock,
                AuditTrail.NONE, CurrentActor.SYSTEM);
    }

    /** Every change is recorded in {@code audit}, in its transaction, with the actor {@code actor} names. */
    public YearlyRecordService(Registrations registrations, Subjects subjects, CriteriaSets criteriaSets,
            Decisions decisions, UnitDirectory units, PlanDirectory plans, Transactions transactions,
            DomainEvents events, Clock clock, AuditTrail audit, CurrentActor actor) {
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
        this.registrations = Objects.requireNonNull(registrations);
        this.subjects = Objects.requireNonNull(subjects);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.decisions = Objects.requireNonNull(decisions);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.transactions = Objects.requireNonNull(transactions);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
    }

    public Registration register(SubjectId subject, int year) {
        return registerAll(List.of(subject), year).get(0);
    }

    /**
     * Registers subjects for {@code year}, each against the criteria set in force for its model.
     * Refuses the whole batch if one subject is unknown, already registered, or the year lies outside
     * the plan applying to its unit.
     */
    public List<Registration> registerAll(List<SubjectId> subjectIds, int year) {
        List<DomainEvent> raised = new ArrayList<>();
        // ids are reserved before the transaction: the reservation borrows a connection of its own, and
        // borrowing it while holding the transaction's would starve the pool under concurrent requests
        long first = subjectIds.isEmpty() ? 0 : registrations.nextIds(subjectIds.size()).value();
        List<Registration> created = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            Map<SubjectId, Subject> found = subjects.findByIds(subjectIds).stream()
                    .collect(Collectors.toMap(Subject::id, Function.identity()));
            Set<SubjectId> inBatch = new HashSet<>();
            Map<UnitId, Boolean> yearCheckedFor = new HashMap<>();
            Map<LearningModel, CriteriaSet> setFor = new HashMap<>();
            long next = first;
            List<Registration> batch = new ArrayList<>(subjectIds.size());
            for (SubjectId id : subjectIds) {
                Subject subject = found.get(id);
                if (subject == null) {
                    throw new NotFoundException("subjectId", id, "Không có đối tượng này");
                }
                if (!inBatch.add(id)) {
                    throw alreadyRegistered(subject, year, null);
                }
                yearCheckedFor.computeIfAbsent(subject.unit(), unitId -> {
                    AdministrativeUnit unit = units.unitOn(unitId, today);
                    plans.planFor(unit, year, today).phaseOf(year);
                    return true;
                });
                CriteriaSet set = setFor.computeIfAbsent(subject.model(), model ->
                        criteriaSets.inForce(model, year).orElseThrow(() -> new NotFoundException("year", year,
                                "Chưa có bộ tiêu chí " + model.title() + " áp dụng cho năm này")));
                Registration.Registered registered =
                        Registration.register(new RegistrationId(next++), subject, year, set, now);
                batch.add(registered.registration());
                raised.add(registered.event());
            }
            try {
                // one already registered for the year is refused by the repository, not read first
                registrations.addAll(batch);
            } catch (ConflictException e) {
                if (e.value() instanceof SubjectId taken && found.containsKey(taken)) {
                    throw alreadyRegistered(found.get(taken), year, e);
                }
                throw e;
            }
            Actor by = actor.get();
            audit.appendAll(batch.stream().map(r -> AuditRecord.of(Audited.REGISTRATION, r.id().value(),
                    AuditAction.REGISTERED, by, now, null, r.auditText(), null)).toList());
            return batch;
        });
        events.publish(raised);
        return created;
    }

    private static ConflictException alreadyRegistered(Subject subject, int year, ConflictException cause) {
        ConflictException conflict = new ConflictException("subjectId", subject.id(),
                subject.name() + " đã đăng ký danh hiệu " + subject.model().title() + " năm " + year);
        if (cause != null) {
            conflict.initCause(cause);
        }
        return conflict;
    }

    /** A self-assessment to record. */
    public record SelfAssessment(RegistrationId registration, Scores scores, List<Evidence> evidence) { }

    public void selfAssess(SelfAssessment assessment, boolean late) {
        selfAssessAll(List.of(assessment), late);
    }

    /**
     * Records self-assessments; {@code late} marks those submitted after the window closed, which
     * are kept, not lost.
     */
    public void selfAssessAll(List<SelfAssessment> assessments, boolean late) {
        change(assessments, SelfAssessment::registration, AuditAction.SELF_ASSESSED, (registration, set, input, now) ->
                registration.selfAssess(set, input.scores(), input.evidence(), now, late));
    }

    /** A verification to record. */
    public record Verification(RegistrationId registration, Scores scores, String verifier, String note) { }

    public void verify(Verification verification) {
        verifyAll(List.of(verification));
    }

    public void verifyAll(List<Verification> verifications) {
        change(verifications, Verification::registration, AuditAction.VERIFIED, (registration, set, input, now) ->
                registration.verify(set, input.scores(), input.verifier(), input.note(), now));
    }

    /** The decision to issue: number, date, signer, the unit issuing it. */
    public record NewDecision(String number, LocalDate date, String signer, String issuingUnitCode) { }

    /**
     * Issues one recognition decision for {@code recognised} (all verified, all earning the title,
     * all of the decision's year and model) and records the others as not recognised with their
     * reasons. All of it, or nothing.
     */
    public Decision recognise(NewDecision newDecision, int year, LearningModel model,
            Collection<RegistrationId> recognised, Map<RegistrationId, String> notRecognised) {
        // a recognition neither reads nor replaces evidence: the registrations are read without it
        return recognise(newDecision, year, model, recognised, () -> loadWithoutEvidence(recognised),
                () -> loadWithoutEvidence(notRecognised.keySet()), registration -> notRecognised.get(registration.id()));
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

    private Decision recognise(NewDecision newDecision, int year, LearningModel model,
            Collection<RegistrationId> recognised, Supplier<List<Registration>> toRecognise,
            Supplier<List<Registration>> toRefuse, Function<Registration, String> reasonOf) {
        List<DomainEvent> raised = new ArrayList<>();
        Decision issued = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            AdministrativeUnit issuer = units.unitOn(requireCode(newDecision.issuingUnitCode()),
                    newDecision.date() == null ? LocalDate.now(clock) : newDecision.date());
            Decision decision = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, newDecision.number(),
                    newDecision.date(), newDecision.signer(), issuer.id(), year, model, null);
            if (decisions.findByNumber(issuer.id(), decision.year(), decision.number()).isPresent()) {
                throw new ConflictException("decisionNumber", decision.number(),
                        "Số quyết định đã được dùng tại " + issuer.name());
            }
            if (recognised.isEmpty()) {
                throw new InvalidInputException("registrationIds", "[]", "Quyết định công nhận phải có ít nhất một hồ sơ");
            }
            decisions.add(decision);
            Actor by = actor.get();
            List<AuditRecord> records = new ArrayList<>();
            records.add(AuditRecord.of(Audited.DECISION, decision.id().value(), AuditAction.DECISION_ISSUED, by,
                    now, null, decision.kind() + " số " + decision.number() + " ngày " + decision.date() + " ký "
                            + decision.signer() + " năm " + year + " " + model, null));
            List<Registration> changed = new ArrayList<>();
            for (Registration registration : toRecognise.get()) {
                String before = registration.auditText();
                raised.add(registration.recognise(setOf(registration), decision, now));
                changed.add(registration);
                records.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(),
                        AuditAction.RECOGNISED, by, now, before, registration.auditText(), null));
            }
            for (Registration registration : toRefuse.get()) {
                String before = registration.auditText();
                raised.add(registration.refuseRecognition(reasonOf.apply(registration), now));
                changed.add(registration);
                records.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(),
                        AuditAction.NOT_RECOGNISED, by, now, before, registration.auditText(),
                        registration.nonRecognitionReason()));
            }
            registrations.updateAll(changed);
            audit.appendAll(records);
            return decision;
        });
        events.publish(raised);
        return issued;
    }

    /**
     * Revokes the recognition of {@code id} for {@code reason}: the year becomes not recognised with
     * the reason, the decision that recognised it stays as issued, and the audit trail records who
     * revoked it and why. Decisions themselves are never changed.
     */
    public Registration revokeRecognition(RegistrationId id, String reason) {
        List<DomainEvent> raised = new ArrayList<>();
        Registration revoked = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Registration registration = load(List.of(id)).get(0);
            String before = registration.auditText();
            raised.add(registration.revokeRecognition(reason, now));
            registrations.updateAll(List.of(registration));
            audit.append(AuditRecord.of(Audited.REGISTRATION, id.value(), AuditAction.RECOGNITION_REVOKED,
                    actor.get(), now, before, registration.auditText(), reason));
            return registration;
        });
        events.publish(raised);
        return revoked;
    }

    public Registration registration(RegistrationId id) {
        return registrations.findById(id).orElseThrow(() ->
                new NotFoundException("registrationId", id, "Không có hồ sơ đăng ký này"));
    }

    @FunctionalInterface
    private interface Change<I> {
        DomainEvent apply(Registration registration, CriteriaSet set, I input, Instant now);
    }

    private <I> void change(List<I> inputs, Function<I, RegistrationId> idOf, AuditAction action, Change<I> change) {
        List<DomainEvent> raised = new ArrayList<>();
        transactions.run(() -> {
            Instant now = clock.instant();
            Map<RegistrationId, I> byId = new HashMap<>();
            for (I input : inputs) {
                if (byId.put(idOf.apply(input), input) != null) {
                    throw new InvalidInputException("registrationId", idOf.apply(input), "Hồ sơ xuất hiện hai lần trong một lần gửi");
                }
            }
            List<Registration> loaded = load(byId.keySet());
            Actor by = actor.get();
            List<AuditRecord> records = new ArrayList<>(loaded.size());
            for (Registration registration : loaded) {
                String before = registration.auditText();
                raised.add(change.apply(registration, setOf(registration), byId.get(registration.id()), now));
                records.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(), action, by, now,
                        before, registration.auditText(), null));
            }
            registrations.updateAll(loaded);
            audit.appendAll(records);
        });
        events.publish(raised);
    }

    private final Map<CriteriaSetId, CriteriaSet> setCache = new java.util.concurrent.ConcurrentHashMap<>();

    private CriteriaSet setOf(Registration registration) {
        return setCache.computeIfAbsent(registration.criteriaSet(), id -> criteriaSets.findById(id).orElseThrow());
    }

    private List<Registration> load(Collection<RegistrationId> ids) {
        return requireAll(ids, registrations.findByIds(ids));
    }

    private List<Registration> loadWithoutEvidence(Collection<RegistrationId> ids) {
        return requireAll(ids, registrations.findByIdsWithoutEvidence(ids));
    }

    private static List<Registration> requireAll(Collection<RegistrationId> ids, List<Registration> loaded) {
        if (loaded.size() != new HashSet<>(ids).size()) {
            Set<RegistrationId> found = loaded.stream().map(Registration::id).collect(Collectors.toSet());
            RegistrationId missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw new NotFoundException("registrationId", missing, "Không có hồ sơ đăng ký này");
        }
        return loaded;
    }

    private static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("issuingUnitCode", code, "Đơn vị ban hành quyết định là bắt buộc");
        }
        return code;
    }
}
