package org.learningsociety.core.shared;

/**
 * Why one row of a list sent in bulk (a village's households, registrations or assessments) is refused.
 *
 * @param row the row as the sender counts it: 1 for the first item of a JSON list, the sheet's or the
 *     file's line for CSV and xlsx (the header is line 1), 0 for the list as a whole (its header)
 * @param field the field or column ({@code externalId}, {@code name}, {@code scores[1.1].points}, …)
 * @param value the value refused, as sent (clipped when long)
 * @param detail why, in Vietnamese
 */
public record RowRefusal(int row, String field, String value, String detail) {

    private static final int SHOWN = 60;

    /** A refusal whose value is shown as text, clipped to a readable length. */
    public static RowRefusal of(int row, String field, Object value, String detail) {
        String text = value == null ? null : String.valueOf(value);
        if (text != null && text.length() > SHOWN) {
            text = text.substring(0, SHOWN) + "…";
        }
        return new RowRefusal(row, field, text, detail);
    }

    /** The refusal of a row by a rule of the domain, as the rule named its field and value. */
    public static RowRefusal of(int row, InvalidInputException refused) {
        String message = refused.getMessage();
        int suffix = message.lastIndexOf(" (trường: ");
        return of(row, refused.field(), refused.value(), suffix < 0 ? message : message.substring(0, suffix));
    }
}
