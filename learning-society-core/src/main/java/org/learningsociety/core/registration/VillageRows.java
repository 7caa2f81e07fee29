package org.learningsociety.core.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * The subjects a village's list names by their portal ids, read in one query: a row with a blank,
 * repeated or unknown id, or naming a subject of another unit, is refused.
 */
final class VillageRows {

    private VillageRows() {
    }

    /** A row's number and the portal id it names. */
    record Named(int row, String externalId) { }

    /** The subject of each acceptable row, by row number; the others in {@code refused}. */
    static Map<Integer, Subject> subjectsOf(List<Named> rows, LearningModel model, AdministrativeUnit village,
            Subjects subjects, List<RowRefusal> refused) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Named row : rows) {
            String id = row.externalId();
            if (id == null || id.isBlank()) {
                refused.add(RowRefusal.of(row.row(), "externalId", id, "Mã định danh của cổng thông tin là bắt buộc"));
            } else if (firstRow.putIfAbsent(id, row.row()) != null) {
                refused.add(RowRefusal.of(row.row(), "externalId", id,
                        "Mã định danh lặp lại dòng " + firstRow.get(id) + " của danh sách"));
            }
        }
        Map<String, Subject> stored = firstRow.isEmpty() ? Map.of() : subjects
                .findByExternalIds(model, new ArrayList<>(firstRow.keySet())).stream()
                .collect(Collectors.toMap(Subject::externalId, Function.identity()));
        Map<Integer, Subject> found = new LinkedHashMap<>();
        for (Named row : rows) {
            Integer first = row.externalId() == null ? null : firstRow.get(row.externalId());
            if (first == null || first != row.row()) {
                continue;
            }
            Subject subject = stored.get(row.externalId());
            if (subject == null) {
                refused.add(RowRefusal.of(row.row(), "externalId", row.externalId(), "Không có đối tượng "
                        + model.title() + " nào mang mã định danh này"));
            } else if (!subject.unit().equals(village.id())) {
                refused.add(RowRefusal.of(row.row(), "externalId", row.externalId(), "Mã định danh này thuộc một "
                        + "đối tượng của đơn vị khác, không phải của " + village.name()));
            } else {
                found.put(row.row(), subject);
            }
        }
        return found;
    }
}
