package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A row of a plan's task table: what is to be done, by whom, and when in the plan's own words
 * ({@code lead}, {@code timing}), with a window where the words name one, and the bodies that lead
 * and join it by kind and level ({@link TaskBody}): what is tracked, per unit and year, as
 * {@code org.learningsociety.core.plantask} items.
 *
 * @param leads the bodies answering for the task; each is tracked at its levels
 * @param joins the bodies taking part, shown beside the task and not tracked
 */
public record PlanTask(int number, String name, String lead, String timing, LocalDate from, LocalDate to,
        MonthDay fromMonthDay, MonthDay monthDay, boolean recurring, String content, List<TaskBody> leads,
        List<TaskBody> joins) {

    public PlanTask {
        leads = leads == null ? List.of() : List.copyOf(leads);
        joins = joins == null ? List.of() : List.copyOf(joins);
    }

    /** A row with no bodies named by kind: its lead only in the plan's words. */
    public PlanTask(int number, String name, String lead, String timing, LocalDate from, LocalDate to,
            MonthDay fromMonthDay, MonthDay monthDay, boolean recurring, String content) {
        this(number, name, lead, timing, from, to, fromMonthDay, monthDay, recurring, content, List.of(), List.of());
    }

    /**
     * Whether the task falls in {@code year} of {@code plan}: a dated one-off task in the years of its
     * window; a recurring task, and a one-off task the plan dates nowhere ("Theo Kế hoạch của Hội"), in
     * every year the plan covers from the year it was issued.
     */
    public boolean fallsIn(int year, Plan plan) {
        if (!recurring && (from != null || to != null)) {
            int first = (from != null ? from : to).getYear();
            int last = (to != null ? to : from).getYear();
            return year >= first && year <= last;
        }
        return plan.covers(year) && year >= plan.issuedYear();
    }

    /**
     * The day the task is due in {@code year}: a one-off task's {@code to}, a recurring task's
     * {@code monthDay} of the year (a one-off window over several years is due at its end, in each of
     * them); none for a task the plan dates by no end ("Định kỳ do Hội xây dựng",
     * "Theo Kế hoạch của Hội"), which is never overdue.
     */
    public Optional<LocalDate> dueIn(int year) {
        if (recurring) {
            return Optional.ofNullable(monthDay).map(day -> day.atYear(year));
        }
        return Optional.ofNullable(to);
    }
}
