package org.learningsociety.workflow.api.bulk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;

/**
 * A list read from a CSV file or a sheet: its columns by key (from the header line, line 1) and its
 * lines, each numbered as the file or the sheet numbers it.
 *
 * @param columns the column keys, in order: {@code external_id}, {@code name}, {@code note}, an indicator's code
 */
record Table(List<String> columns, List<Line> lines) {

    /** The fixed columns. */
    static final String EXTERNAL_ID = "external_id";
    static final String NAME = "name";
    static final String NOTE = "note";
    /** The prefix of an evidence column's key: {@code evidence:1.1} holds the evidence of indicator 1.1. */
    static final String EVIDENCE = "evidence:";

    /** A line of the table: its number in the file and its cells by column key (stripped, never null). */
    record Line(int row, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /**
     * The key a header cell names: the text in its last parentheses when it ends with one (the template's
     * {@code Mã định danh (external_id)}), else the whole text; the fixed columns in lower case.
     */
    static String keyOf(String header) {
        String text = header == null ? "" : header.strip();
        int open = text.lastIndexOf('(');
        if (text.endsWith(")") && open >= 0) {
            text = text.substring(open + 1, text.length() - 1).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return List.of(EXTERNAL_ID, NAME, NOTE).contains(lower) ? lower : text;
    }

    /**
     * Refuses a header that lacks one of {@code required}, repeats a column or (unless {@code others} is
     * true) has a column not in {@code allowed}; each refusal on line 1, naming the column.
     */
    static void checkHeader(List<String> columns, List<String> required, List<String> allowed, boolean others) {
        List<RowRefusal> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isEmpty()) {
                refused.add(RowRefusal.of(1, "header", column, "Cột không có tên trên dòng tiêu đề"));
            } else if (!seen.add(column)) {
                refused.add(RowRefusal.of(1, column, column, "Cột lặp lại trên dòng tiêu đề"));
            } else if (!others && !allowed.contains(column)) {
                refused.add(RowRefusal.of(1, column, column, "Cột không được nhận; các cột là " + String.join(", ",
                        allowed)));
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                refused.add(RowRefusal.of(1, column, null, "Thiếu cột " + column + " trên dòng tiêu đề"));
            }
        }
        RowsRefusedException.throwIfAny(refused);
    }
}
