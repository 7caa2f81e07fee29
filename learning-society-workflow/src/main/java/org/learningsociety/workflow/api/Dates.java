package org.learningsociety.workflow.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.learningsociety.core.shared.InvalidInputException;

/** Reads an optional {@code YYYY-MM-DD} query parameter, today when absent. */
final class Dates {

    private Dates() {
    }

    static LocalDate dateOrToday(String field, String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, text, "Ngày phải có dạng NNNN-TT-NN, ví dụ 2026-01-31");
        }
    }
}
