package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A row of a plan's task table: what is to be done, by whom, and when in the plan's own words
 * ({@code timing}), with a window where the words name one.
 */
public record PlanTask(int number, String name, String lead, String timing, LocalDate from, LocalDate to,
        MonthDay fromMonthDay, MonthDay monthDay, boolean recurring, String content) { }
