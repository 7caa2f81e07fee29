package org.learningsociety.core.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Registering: a batch of subjects (a village's households at once) register for a year, each
 * against the criteria set in force for its model and its level (its unit's); all of them or none.
 */
public class Registering {

    private final YearlyRecords records;
    private final Subjects subjects;
    private final UnitDirectory units;
    private final PlanDirectory plans;

    public Registering(YearlyRecords records, Subjects subjects, UnitDirectory units, PlanDirectory plans) {
        this.records = Objects.requireNonNull(records);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
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
        Registrations registrations = records.registrations();
        List<DomainEvent> raised = new ArrayList<>();
        // ids are reserved before the transaction: the reservation borrows a connection of its own, and
        // borrowing it while holding the transaction's would starve the pool under concurrent requests
        long first = subjectIds.isEmpty() ? 0 : registrations.nextIds(subjectIds.size()).value();
        List<Registration> created = records.transactions().inTransaction(() -> {
            Instant now = records.clock().instant();
            LocalDate today = LocalDate.ofInstant(now, records.clock().getZone());
            Map<SubjectId, Subject> found = subjects.findByIds(subjectIds).stream()
                    .collect(Collectors.toMap(Subject::id, Function.identity()));
            Set<SubjectId> inBatch = new HashSet<>();
            Map<UnitId, AdministrativeUnit> unitOf = new HashMap<>();
            Map<String, CriteriaSet> setFor = new HashMap<>();
            long next = first;
            List<Registration> batch = new ArrayList<>(subjectIds.size());
            for (SubjectId id : subjectIds) {
                Subject subject = found.get(id);
                if (subject == null) {
                    throw new NotFoundException("subjectId", id, "Không có đối tượng này");
                }
                if (!inBatch.add(id)) {
                    throw alreadyRegistered(subject, year, null, null);
                }
                AdministrativeUnit subjectUnit = unitOf.computeIfAbsent(subject.unit(), unitId -> {
                    AdministrativeUnit unit = units.unitOn(unitId, today);
                    plans.planFor(unit, year, today).phaseOf(year);
                    return unit;
                });
                // a subject's level is its unit's: a commune as a community is scored on the commune's set
                LearningModel model = subject.model();
                UnitLevel level = subjectUnit.level();
                CriteriaSet set = setFor.computeIfAbsent(model + "/" + level, key ->
                        records.criteriaSets().inForce(model, level, year).orElseThrow(() -> new NotFoundException(
                                "year", year, "Chưa có bộ tiêu chí " + model.title() + " cho đối tượng cấp "
                                        + level.vietnameseName() + " áp dụng cho năm này")));
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
                    // the refused insert was rolled back to a savepoint: the transaction can still read
                    Long existing = registrations.idOf(taken, year).map(RegistrationId::value).orElse(null);
                    throw alreadyRegistered(found.get(taken), year, e, existing);
                }
                throw e;
            }
            Actor by = records.actor().get();
            records.audit().appendAll(batch.stream().map(r -> AuditRecord.of(Audited.REGISTRATION, r.id().value(),
                    AuditAction.REGISTERED, by, now, null, r.auditText(), null)).toList());
            records.events().publish(raised);
            return batch;
        });
        return created;
    }

    private static ConflictException alreadyRegistered(Subject subject, int year, ConflictException cause,
            Long existingId) {
        ConflictException conflict = new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "subjectId",
                subject.id(), subject.name() + " đã đăng ký danh hiệu " + subject.model().title() + " năm " + year,
                existingId);
        if (cause != null) {
            conflict.initCause(cause);
        }
        return conflict;
    }
}
