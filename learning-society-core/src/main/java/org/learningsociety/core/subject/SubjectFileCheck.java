package org.learningsociety.core.subject;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;

/**
 * Checks a whole subjects file ({@code external_id,name,unit_code}) before anything of it is
 * stored, and lists every row refused with its line, column, value and reason: empty or over-long
 * fields, a portal id twice in the file or already taken, a unit unknown today, of a level the
 * subject cannot belong to, or out of the caller's reach. Units and portal ids are looked up a chunk
 * of rows at a time.
 */
public class SubjectFileCheck {

    private static final int CHUNK = 10_000;

    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final Clock clock;

    public SubjectFileCheck(Subjects subjects, AdministrativeUnits units, Clock clock) {
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the check found: the file's data rows, how many were refused, and the first ones refused. */
    public record Result(long rows, long refusedCount, List<ImportJob.RefusedRow> refused) {

        public boolean passed() {
            return refusedCount == 0;
        }
    }

    /** Checks every row of {@code rows} as subjects of {@code model}; {@code reachable} tells the units the caller may write to. */
    public Result check(LearningModel model, RowSource rows, Predicate<AdministrativeUnit> reachable) throws IOException {
        Objects.requireNonNull(model, "model");
        Run run = new Run(model, reachable, LocalDate.now(clock));
        rows.forEach(run::row);
        run.flush();
        if (!run.header) {
            run.refuse(new ImportJob.RefusedRow(1, "", "", "Tệp rỗng: thiếu dòng tiêu đề "
                    + String.join(",", SubjectImport.HEADER)));
        }
        List<ImportJob.RefusedRow> listed = new ArrayList<>(run.refused);
        listed.sort(java.util.Comparator.comparingLong(ImportJob.RefusedRow::line));
        return new Result(run.rows, run.refusedCount, listed);
    }

    /** One check's state: the rows waiting for their units and ids to be looked up, and what was refused. */
    private final class Run {

        private final LearningModel model;
        private final Predicate<AdministrativeUnit> reachable;
        private final LocalDate today;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, AdministrativeUnit> unitByCode = new HashMap<>();
        private final Set<String> unknownCodes = new HashSet<>();
        private final List<Csv.Row> chunk = new ArrayList<>(CHUNK);
        private final List<ImportJob.RefusedRow> refused = new ArrayList<>();
        private boolean header;
        private long rows;
        private long refusedCount;

        Run(LearningModel model, Predicate<AdministrativeUnit> reachable, LocalDate today) {
            this.model = model;
            this.reachable = reachable;
            this.today = today;
        }

        void row(Csv.Row row) {
            if (!header) {
                header = true;
                if (!SubjectImport.isHeader(row)) {
                    refuse(new ImportJob.RefusedRow(row.line(), "", SubjectImport.clip(String.join(",", row.fields())),
                            "Dòng tiêu đề phải là " + String.join(",", SubjectImport.HEADER)));
                }
                return;
            }
            if (SubjectImport.isBlank(row)) {
                return;
            }
            rows++;
            if (row.fields().size() != SubjectImport.HEADER.size()) {
                refuse(new ImportJob.RefusedRow(row.line(), "", String.valueOf(row.fields().size()),
                        "Dòng phải có " + SubjectImport.HEADER.size() + " cột, có " + row.fields().size()));
                return;
            }
            var fields = SubjectImport.refusalOf(row);
            if (fields.isPresent()) {
                refuse(fields.get());
                return;
            }
            if (!seen.add(row.get(0))) {
                refuse(new ImportJob.RefusedRow(row.line(), "external_id", row.get(0), "Mã định danh lặp lại trong tệp"));
                return;
            }
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        /** Looks up the chunk's units and portal ids, once per chunk. */
        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<String> newCodes = chunk.stream().map(r -> r.get(2))
                    .filter(c -> !unitByCode.containsKey(c) && !unknownCodes.contains(c)).distinct().toList();
            if (!newCodes.isEmpty()) {
                Map<String, AdministrativeUnit> found = units.findByCodes(newCodes, today);
                unitByCode.putAll(found);
                newCodes.stream().filter(c -> !found.containsKey(c)).forEach(unknownCodes::add);
            }
            Set<String> taken = subjects.existingExternalIds(model, chunk.stream().map(r -> r.get(0)).toList());
            Map<String, Boolean> reach = new HashMap<>();
            for (Csv.Row row : chunk) {
                AdministrativeUnit unit = unitByCode.get(row.get(2));
                if (unit == null) {
                    refuse(new ImportJob.RefusedRow(row.line(), "unit_code", row.get(2),
                            "Không có đơn vị hành chính mang mã này vào ngày " + today));
                } else if (!SubjectKind.of(model, unit.level()).mayBelongTo(unit.level())) {
                    refuse(new ImportJob.RefusedRow(row.line(), "unit_code", row.get(2),
                            SubjectKind.of(model, unit.level()).vietnameseName() + " không thể thuộc đơn vị cấp "
                                    + unit.level().vietnameseName()));
                } else if (!reach.computeIfAbsent(unit.code(), code -> reachable.test(unit))) {
                    refuse(new ImportJob.RefusedRow(row.line(), "unit_code", row.get(2), unit.name() + " ("
                            + unit.code() + ") không thuộc phạm vi của cán bộ"));
                } else if (taken.contains(row.get(0))) {
                    refuse(new ImportJob.RefusedRow(row.line(), "external_id", row.get(0),
                            "Đã có đối tượng " + model.title() + " với mã định danh này"));
                }
            }
            chunk.clear();
        }

        void refuse(ImportJob.RefusedRow row) {
            refusedCount++;
            if (refused.size() < ImportJob.MAX_LISTED) {
                refused.add(row);
            }
        }
    }
}
