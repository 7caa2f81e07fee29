package org.learningsociety.workflow.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * The report submission task's variables for the indicators a unit enters, one set per indicator code
 * {@code C}, as the form {@code report-submission.form} binds them: {@code indicator_C_numerator},
 * {@code _denominator}, {@code _answer} ({@code "yes"}/{@code "no"}) and {@code _note}, which the
 * officer edits; {@code _offered}, {@code _kind} ({@code RATIO}/{@code YES_NO}), {@code _name} and
 * {@code _denominatorMeaning}, which show and hide the fields; {@code _shown}, what was filled in, to
 * tell what the officer changed. Reading and writing only: what is stored, and whether it may be,
 * is {@link IndicatorEntry}'s.
 */
final class IndicatorTaskFields {

    static final String PREFIX = "indicator_";
    /** Whether the task offers any indicator: shows the form's heading of the section. */
    static final String ANY_OFFERED = "indicatorsOffered";
    static final String YES = "yes";
    static final String NO = "no";

    private IndicatorTaskFields() {
    }

    /** The variable of {@code part} ({@code numerator}, {@code offered} …) for indicator {@code code}. */
    static String name(String code, String part) {
        return PREFIX + code + "_" + part;
    }

    /** The variables that fill in one line of the sheet for the officer. */
    static Map<String, Object> filledIn(IndicatorSheets.Line line) {
        String code = line.indicator().code();
        IndicatorValue value = line.value();
        Values shown = value == null ? Values.NONE
                : new Values(value.numerator(), value.denominator(), value.answer(), value.note());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(name(code, "offered"), true);
        variables.put(name(code, "kind"), line.indicator().answer().name());
        variables.put(name(code, "name"), line.indicator().name());
        variables.put(name(code, "denominatorMeaning"), line.indicator().denominator());
        variables.put(name(code, "numerator"), shown.numerator());
        variables.put(name(code, "denominator"), shown.denominator());
        variables.put(name(code, "answer"), shown.answer() == null ? null : shown.answer() ? YES : NO);
        variables.put(name(code, "note"), shown.note());
        variables.put(name(code, "shown"), shown.text());
        return variables;
    }

    /** What the officer left in the fields of {@code code}; {@code null} when the task never offered it. */
    static Values submitted(VariableScope task, String code) {
        if (!Boolean.TRUE.equals(task.getVariable(name(code, "offered")))) {
            return null;
        }
        Object answer = task.getVariable(name(code, "answer"));
        Object note = task.getVariable(name(code, "note"));
        return new Values(count(task, code, "numerator"), count(task, code, "denominator"),
                answer == null || answer.toString().isBlank() ? null : YES.equals(answer.toString()),
                note == null || note.toString().isBlank() ? null : note.toString().strip());
    }

    /** Whether the officer changed what the task filled in for {@code code}. */
    static boolean changed(VariableScope task, String code, Values submitted) {
        return !Objects.equals(task.getVariable(name(code, "shown")), submitted.text());
    }

    private static Long count(VariableScope task, String code, String part) {
        Object value = task.getVariable(name(code, part));
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(part, value, (part.equals("numerator") ? "Tử số" : "Mẫu số")
                    + " phải là một số nguyên");
        }
    }

    /** The fields of one indicator as the officer sees them. */
    record Values(Long numerator, Long denominator, Boolean answer, String note) {

        static final Values NONE = new Values(null, null, null, null);

        boolean empty() {
            return equals(NONE);
        }

        /** The fields as one text, to compare what was filled in with what comes back. */
        String text() {
            return numerator + "|" + denominator + "|" + answer + "|" + (note == null ? "" : note);
        }
    }
}
