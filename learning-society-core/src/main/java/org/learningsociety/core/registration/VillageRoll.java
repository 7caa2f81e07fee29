package org.learningsociety.core.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.subject.VillageSubjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;

/**
 * A village's roll for a year: the subjects its list names by portal id register for the title, those
 * already registered stay as they are (sending the list again changes nothing). The new registrations
 * are written by {@link Registering#registerAll} in its one transaction, all or none; a row naming an
 * unknown subject, one of another unit or a subject twice refuses the list, every such row listed.
 *
 * <p>The rows are checked before that transaction, not inside it: {@code registerAll} reserves its ids
 * before it takes a connection for its transaction (see there), and a subject registered by someone
 * else in between is still refused by the repository, as its row.
 */
public class VillageRoll {

    private final Registering registering;
    private final Registrations registrations;
    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final Clock clock;

    public VillageRoll(Registering registering, Registrations registrations, Subjects subjects,
            AdministrativeUnits units, Clock clock) {
        this.registering = Objects.requireNonNull(registering);
        this.registrations = Objects.requireNonNull(registrations);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A row of the list: the portal's id of a subject to register. */
    public record Row(int row, String externalId) { }

    /** Registers for {@code year} each subject of {@code rows} not registered yet; outcome per row. */
    public List<RowOutcome> register(String villageCode, int year, LearningModel model, List<Row> rows) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        AdministrativeUnit village = VillageSubjects.village(units, villageCode, LocalDate.now(clock));
        List<RowRefusal> refused = new ArrayList<>();
        Map<Integer, Subject> named = VillageRows.subjectsOf(rows.stream()
                .map(r -> new VillageRows.Named(r.row(), r.externalId())).toList(), model, village, subjects, refused);
        RowsRefusedException.throwIfAny(refused);
        Map<SubjectId, Registration> registered = new HashMap<>();
        registrations.findByUnitWithoutEvidence(village.id(), year, model).forEach(r -> registered.put(r.subject(), r));
        List<SubjectId> toRegister = named.values().stream().map(Subject::id)
                .filter(id -> !registered.containsKey(id)).toList();
        Map<SubjectId, Registration> created = new HashMap<>();
        try {
            registering.registerAll(toRegister, year).forEach(r -> created.put(r.subject(), r));
        } catch (ConflictException e) {
            // registered since the roll was read, or in another unit it has since left
            for (Row row : rows) {
                Subject subject = named.get(row.row());
                if (subject != null && subject.id().equals(e.value())) {
                    RowsRefusedException refusal = new RowsRefusedException(List.of(RowRefusal.of(row.row(),
                            "externalId", row.externalId(), subject.name() + " đã đăng ký danh hiệu "
                                    + model.title() + " năm " + year + " (ở đơn vị khác, hoặc vừa được đăng ký cùng lúc)")));
                    refusal.initCause(e);
                    throw refusal;
                }
            }
            throw e;
        }
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            SubjectId subject = named.get(row.row()).id();
            Registration made = created.get(subject);
            outcomes.add(made != null
                    ? new RowOutcome(row.row(), row.externalId(), made.id().value(), RowOutcome.Change.CREATED)
                    : new RowOutcome(row.row(), row.externalId(), registered.get(subject).id().value(),
                            RowOutcome.Change.UNCHANGED));
        }
        return outcomes;
    }
}
