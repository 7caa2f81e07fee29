package org.learningsociety.core.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;

/** The application service that enrols subjects under the units they belong to. */
public class SubjectCatalogue {

    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final DomainEvents events;

    /** Without an audit trail: for tools and tests; a host wires the constructor that takes one. */
    public SubjectCatalogue(Subjects subjects, AdministrativeUnits units, Transactions transactions, Clock clock) {
        this(subjects, units, transactions, clock, AuditTrail.NONE, CurrentActor.SYSTEM);
    }

    /** Every move of a subject is recorded in {@code audit}, in its transaction; no events are raised. */
    public SubjectCatalogue(Subjects subjects, AdministrativeUnits units, Transactions transactions, Clock clock,
            AuditTrail audit, CurrentActor actor) {
        this(subjects, units, transactions, clock, audit, actor, DomainEvents.NONE);
    }

    /**
     * Every move of a subject is recorded in {@code audit}; subjects added and moved are handed to
     * {@code events} ({@link SubjectEvent}) inside the transaction that makes the change.
     */
    public SubjectCatalogue(Subjects subjects, AdministrativeUnits units, Transactions transactions, Clock clock,
            AuditTrail audit, CurrentActor actor, DomainEvents events) {
        this.events = Objects.requireNonNull(events);
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A subject to add: the unit by its current code. */
    public record NewSubject(LearningModel model, String unitCode, String name, String externalId) { }

    public Subject add(NewSubject subject) {
        return addAll(List.of(subject)).get(0);
    }

    /**
     * Adds subjects in one transaction and in batches: all of them, or none if any is refused. Units
     * are looked up once per code and a portal id already taken is
     * refused by the repository (its unique key) rather than read first.
     */
    public List<Subject> addAll(List<NewSubject> newSubjects) {
        return transactions.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, AdministrativeUnit> unitByCode = new HashMap<>();
            Set<String> seenExternalIds = new HashSet<>();
            for (NewSubject candidate : newSubjects) {
                if (candidate.model() == null) {
                    throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
                }
                if (candidate.externalId() != null && !seenExternalIds.add(candidate.model() + ":" + candidate.externalId())) {
                    throw duplicate(candidate);
                }
            }
            List<Subject> created = new ArrayList<>(newSubjects.size());
            List<String> codes = new ArrayList<>(newSubjects.size());
            long next = newSubjects.isEmpty() ? 0 : subjects.nextIds(newSubjects.size()).value();
            unitByCode.putAll(units.findByCodes(newSubjects.stream().map(NewSubject::unitCode)
                    .filter(java.util.Objects::nonNull).distinct().toList(), today));
            for (NewSubject candidate : newSubjects) {
                AdministrativeUnit unit = unitByCode.get(candidate.unitCode());
                if (unit == null) {
                    throw new NotFoundException("unitCode", candidate.unitCode(),
                            "Không có đơn vị hành chính mang mã " + candidate.unitCode() + " vào ngày " + today);
                }
                SubjectKind kind = SubjectKind.of(candidate.model(), unit.level());
                if (!kind.mayBelongTo(unit.level())) {
                    throw new InvalidInputException("unitCode", candidate.unitCode(), kind.vietnameseName()
                            + " không thể thuộc đơn vị cấp " + unit.level().vietnameseName());
                }
                created.add(new Subject(new SubjectId(next++), kind, unit.id(), candidate.name(),
                        candidate.externalId()));
                codes.add(unit.code());
            }
            java.time.Instant now = clock.instant();
            // portal ids already taken are refused by the repository's unique key, not read first
            try {
                subjects.addAll(created);
            } catch (ConflictException e) {
                if ("externalId".equals(e.field()) && e.value() != null) {
                    LearningModel model = newSubjects.stream().filter(s -> e.value().equals(s.externalId()))
                            .map(NewSubject::model).findFirst().orElse(null);
                    if (model != null) {
                        ConflictException named = duplicate(new NewSubject(model, null, null, e.value().toString()));
                        named.initCause(e);
                        throw named;
                    }
                }
                throw e;
            }
            if (events != DomainEvents.NONE) {
                List<DomainEvent> raised = new ArrayList<>(created.size());
                for (int i = 0; i < created.size(); i++) {
                    Subject added = created.get(i);
                    raised.add(new SubjectEvent.SubjectAdded(added.id(), added.externalId(), added.model(),
                            added.unit(), codes.get(i), now));
                }
                events.publish(raised);
            }
            return created;
        });
    }

    /**
     * Re-assigns a subject to the unit holding {@code unitCode} today (a household that moved, the
     * record of a commune split in the reform); its past years stay with the units they were made in.
     */
    public Subject move(SubjectId id, String unitCode) {
        return transactions.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Subject subject = subjects.findById(id).orElseThrow(() ->
                    new NotFoundException("subjectId", id, "Không có đối tượng này"));
            AdministrativeUnit unit = units.findByCode(unitCode, today).orElseThrow(() ->
                    new NotFoundException("unitCode", unitCode,
                            "Không có đơn vị hành chính mang mã " + unitCode + " vào ngày " + today));
            if (!subject.kind().mayBelongTo(unit.level())) {
                throw new InvalidInputException("unitCode", unitCode, subject.kind().vietnameseName()
                        + " không thể thuộc đơn vị cấp " + unit.level().vietnameseName());
            }
            AdministrativeUnit from = units.findById(subject.unit(), today).orElse(null);
            subjects.moveTo(id, unit.id());
            java.time.Instant now = clock.instant();
            audit.append(AuditRecord.of(Audited.SUBJECT, id.value(), AuditAction.SUBJECT_MOVED, actor.get(),
                    now, "đơn vị " + (from == null ? subject.unit() : from.code()), "đơn vị " + unit.code(),
                    null));
            events.publish(List.of(new SubjectEvent.SubjectMoved(id, subject.externalId(), subject.model(),
                    subject.unit(), from == null ? null : from.code(), unit.id(), unit.code(), now)));
            return new Subject(subject.id(), subject.kind(), unit.id(), subject.name(), subject.externalId());
        });
    }

    /** The subject with {@code candidate}'s portal id exists already: the conflict names its id, if stored. */
    private ConflictException duplicate(NewSubject candidate) {
        Long existing = subjects.findByExternalId(candidate.model(), candidate.externalId())
                .map(s -> s.id().value()).orElse(null);
        return new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "externalId", candidate.externalId(),
                "Đã có đối tượng " + candidate.model().title() + " với mã định danh này", existing);
    }
}
