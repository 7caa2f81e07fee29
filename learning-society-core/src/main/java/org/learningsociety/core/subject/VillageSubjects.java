package org.learningsociety.core.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A village's list of subjects of one model (its households, say), sent at once by its commune:
 * each row adds the subject its portal id names, renames it, or finds it as it is; in one
 * transaction, all rows or none. A row naming a subject of another unit, a duplicated portal id, a
 * blank or over-long name refuses the list, every such row listed.
 */
public class VillageSubjects {

    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final SubjectCatalogue catalogue;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public VillageSubjects(Subjects subjects, AdministrativeUnits units, SubjectCatalogue catalogue,
            Transactions transactions, Clock clock, AuditTrail audit, CurrentActor actor) {
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
    }

    /** A row of the list: the portal's id of a subject and its name. */
    public record Row(int row, String externalId, String name) { }

    /** The village holding {@code code} today; refuses a unit that is no village. */
    public static AdministrativeUnit village(AdministrativeUnits units, String code, LocalDate today) {
        AdministrativeUnit unit = units.findByCode(code, today).orElseThrow(() -> new NotFoundException("code", code,
                "Không có đơn vị hành chính mang mã " + code + " vào ngày " + today));
        if (unit.level() != UnitLevel.VILLAGE) {
            throw new InvalidInputException("code", code, unit.name() + " là đơn vị cấp "
                    + unit.level().vietnameseName() + ", không phải thôn, tổ dân phố");
        }
        return unit;
    }

    /** A village and its subjects of one model, by id: what its list starts from. */
    public record VillageList(AdministrativeUnit village, List<Subject> subjects) { }

    /** The subjects of {@code model} the village {@code villageCode} holds today. */
    public VillageList listOf(String villageCode, LearningModel model) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        AdministrativeUnit village = village(units, villageCode, LocalDate.now(clock));
        return new VillageList(village, subjects.findByUnit(village.id(), model));
    }

    /** Adds, renames or leaves each subject of {@code rows} in the village {@code villageCode}. */
    public List<RowOutcome> upsert(String villageCode, LearningModel model, List<Row> rows) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        return transactions.inTransaction(() -> {
            AdministrativeUnit village = village(units, villageCode, LocalDate.now(clock));
            SubjectKind kind = SubjectKind.of(model, village.level());
            if (!kind.mayBelongTo(village.level())) {
                throw new InvalidInputException("model", model, kind.vietnameseName() + " không thể thuộc đơn vị cấp "
                        + village.level().vietnameseName());
            }
            List<RowRefusal> refused = new ArrayList<>();
            Map<String, Integer> firstRow = new HashMap<>();
            for (Row row : rows) {
                checkRow(row, firstRow, refused);
            }
            Map<String, Subject> stored = subjects.findByExternalIds(model, firstRow.keySet()).stream()
                    .collect(Collectors.toMap(Subject::externalId, Function.identity()));
            List<SubjectCatalogue.NewSubject> added = new ArrayList<>();
            List<Subject> renamed = new ArrayList<>();
            List<RowOutcome.Change> changes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Subject subject = stored.get(row.externalId());
                if (subject == null) {
                    added.add(new SubjectCatalogue.NewSubject(model, village.code(), row.name(), row.externalId()));
                    changes.add(RowOutcome.Change.CREATED);
                } else if (!subject.unit().equals(village.id())) {
                    refused.add(RowRefusal.of(row.row(), "externalId", row.externalId(), "Mã định danh này thuộc một "
                            + "đối tượng " + model.title() + " của đơn vị khác, không phải của " + village.name()));
                    changes.add(null);
                } else if (subject.name().equals(row.name())) {
                    changes.add(RowOutcome.Change.UNCHANGED);
                } else {
                    renamed.add(new Subject(subject.id(), subject.kind(), subject.unit(), row.name(),
                            subject.externalId()));
                    changes.add(RowOutcome.Change.UPDATED);
                }
            }
            RowsRefusedException.throwIfAny(refused);
            subjects.renameAll(renamed);
            Actor by = actor.get();
            audit.appendAll(renamed.stream().map(s -> AuditRecord.of(Audited.SUBJECT, s.id().value(),
                    AuditAction.SUBJECT_RENAMED, by, clock.instant(), stored.get(s.externalId()).name(), s.name(),
                    null)).toList());
            Map<String, Subject> created = catalogue.addAll(added).stream()
                    .collect(Collectors.toMap(Subject::externalId, Function.identity()));
            List<RowOutcome> outcomes = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Subject subject = changes.get(i) == RowOutcome.Change.CREATED ? created.get(row.externalId())
                        : stored.get(row.externalId());
                outcomes.add(new RowOutcome(row.row(), row.externalId(), subject.id().value(), changes.get(i)));
            }
            return outcomes;
        });
    }

    private static void checkRow(Row row, Map<String, Integer> firstRow, List<RowRefusal> refused) {
        String externalId = row.externalId();
        if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
            refused.add(RowRefusal.of(row.row(), "externalId", externalId,
                    "Mã định danh của cổng thông tin phải có từ 1 đến 100 ký tự"));
        } else if (firstRow.putIfAbsent(externalId, row.row()) != null) {
            refused.add(RowRefusal.of(row.row(), "externalId", externalId,
                    "Mã định danh lặp lại dòng " + firstRow.get(externalId) + " của danh sách"));
        }
        String name = row.name();
        if (name == null || name.isBlank() || name.length() > Subject.MAX_NAME_LENGTH) {
            refused.add(RowRefusal.of(row.row(), "name", name,
                    "Tên đối tượng phải có từ 1 đến " + Subject.MAX_NAME_LENGTH + " ký tự"));
        }
    }
}
