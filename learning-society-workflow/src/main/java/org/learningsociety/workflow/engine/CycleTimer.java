package org.learningsociety.workflow.engine;

import java.time.LocalDate;

/**
 * One timer of a deployed (or about to be deployed) cycle definition, as the portal shows it.
 *
 * @param kind whether the value is a date, a cycle or a duration
 * @param value the value as written in the BPMN
 * @param date the date the timer fires on, when {@code kind} is {@code DATE} and the value is a
 *     plain ISO 8601 date; {@code null} otherwise (cycles, durations, expressions)
 * @param closesId the id of the element the timer closes (the activity it is attached to)
 * @param closesName that element's name, e.g. "Thời gian thẩm định"
 * @param window the window a {@code ${cycleDeadlines.closes(execution, '<WINDOW>')}} expression names
 *     (e.g. {@code RECOGNITION}), {@code null} for plain values and other expressions
 * @param basis for an expression timer, in Vietnamese, where its date comes from: "theo kế hoạch"
 *     with the plan's number, or with "ngày mặc định" when no plan sets one; {@code null} for plain values
 */
public record CycleTimer(String processKey, String processName, String elementId, String elementName, Kind kind,
        String value, LocalDate date, String closesId, String closesName, String window, String basis) {

    public enum Kind { DATE, CYCLE, DURATION }

    /** What the basis of an expression timer says before its date is resolved for a commune. */
    public static final String BY_PLAN = "theo kế hoạch";

    /** A timer with a plain value, or an expression not resolved. */
    public CycleTimer(String processKey, String processName, String elementId, String elementName, Kind kind,
            String value, LocalDate date, String closesId, String closesName) {
        this(processKey, processName, elementId, elementName, kind, value, date, closesId, closesName, null, null);
    }

    /** This timer with its expression resolved to {@code resolvedDate} on {@code resolvedBasis}. */
    public CycleTimer resolved(LocalDate resolvedDate, String resolvedBasis) {
        return new CycleTimer(processKey, processName, elementId, elementName, kind, value, resolvedDate, closesId,
                closesName, window, resolvedBasis);
    }

    /** Whether the value is an expression resolved at run time (e.g. from the plan's milestones). */
    public boolean isExpression() {
        return value != null && (value.startsWith("${") || value.startsWith("#{"));
    }
}
