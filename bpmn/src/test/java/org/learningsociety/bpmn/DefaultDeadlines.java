package org.learningsociety.bpmn;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Stands in for the workflow's {@code cycleDeadlines} bean in the process tests: each window closes at
 * the end of its documented default day (the days of {@code learning-society.cycle.*}) in the cycle's
 * own year, read from the {@code year} variable, Vietnam time. The report has no default: its day here
 * is one a province might set ({@code learning-society.cycle.report-due}), 20 December.
 */
public class DefaultDeadlines {

    static final Map<String, MonthDay> DAYS = Map.of(
            "REGISTRATION", MonthDay.of(2, 28),
            "SELF_ASSESSMENT", MonthDay.of(9, 30),
            "VERIFICATION", MonthDay.of(10, 31),
            "RECOGNITION", MonthDay.of(12, 10),
            "REPORT", MonthDay.of(12, 20));

    /** No plan dates the award round here: it starts when the recognition ends. */
    public boolean awardRoundDated(VariableScope scope) {
        return false;
    }

    public Date awardRoundStarts(VariableScope scope) {
        throw new IllegalStateException("no plan dates the award round here");
    }

    public Date closes(VariableScope scope, String window) {
        int year = ((Number) scope.getVariable("year")).intValue();
        return Date.from(DAYS.get(window).atYear(year).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant());
    }
}
