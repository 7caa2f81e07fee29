package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A date or window a plan sets: a reporting deadline, a review per level, a congress. A plan that
 * gives only a quarter or a month is kept as a window ({@code from}–{@code to}) with its own words
 * in {@code statedAs}; a yearly deadline is {@code recurring} on {@code monthDay}.
 *
 * @param level the level that acts (CENTRE, PROVINCE, DISTRICT, COMMUNE, UNIT …)
 */
public record Milestone(String kind, String level, LocalDate from, LocalDate to, MonthDay monthDay,
        boolean recurring, String statedAs, String description) {

    /** The last day of this milestone in {@code year}: the deadline a timer closes at. */
    public LocalDate dueIn(int year) {
        if (recurring) {
            return monthDay.atYear(year);
        }
        return to != null ? to : from;
    }
}
