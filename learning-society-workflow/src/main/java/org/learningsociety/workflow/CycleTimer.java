package org.learningsociety.workflow;

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
 */
public record CycleTimer(String processKey, String processName, String elementId, String elementName, Kind kind,
        String value, LocalDate date, String closesId, String closesName) {

    public enum Kind { DATE, CYCLE, DURATION }

    /** Whether the value is an expression resolved at run time (e.g. from the plan's milestones). */
    public boolean isExpression() {
        return value != null && (value.startsWith("${") || value.startsWith("#{"));
    }
}
