package org.learningsociety.core.shared;

import java.util.List;

/**
 * A list sent in bulk refused as a whole because some of its rows break a rule: every refused row is
 * listed with its field, value and reason, and nothing of the list is stored.
 */
public class RowsRefusedException extends InvalidInputException {

    /** At most this many rows are listed; the message counts the others. */
    public static final int LISTED = 1000;

    private final transient List<RowRefusal> rows;

    public RowsRefusedException(List<RowRefusal> rows) {
        super(where(rows), rows.isEmpty() ? null : rows.get(0).value(), message(rows));
        this.rows = List.copyOf(rows.subList(0, Math.min(rows.size(), LISTED)));
    }

    /** Refuses the list if {@code refusals} holds any row. */
    public static void throwIfAny(List<RowRefusal> refusals) {
        if (!refusals.isEmpty()) {
            throw new RowsRefusedException(refusals);
        }
    }

    /** The refused rows, in the order of the list (at most {@value #LISTED}). */
    public List<RowRefusal> rows() {
        return rows;
    }

    private static String where(List<RowRefusal> rows) {
        if (rows.isEmpty()) {
            return "rows";
        }
        RowRefusal first = rows.get(0);
        return first.row() == 0 ? first.field() : "dòng " + first.row() + ", " + first.field();
    }

    private static String message(List<RowRefusal> rows) {
        if (rows.isEmpty()) {
            return "Danh sách bị từ chối";
        }
        RowRefusal first = rows.get(0);
        String more = rows.size() == 1 ? "" : "; cùng " + (rows.size() - 1) + " lỗi khác, xem danh sách rows";
        return "Danh sách bị từ chối, không dòng nào được lưu: " + (first.row() == 0 ? "" : "dòng " + first.row()
                + ": ") + first.detail() + more;
    }
}
