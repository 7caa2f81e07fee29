package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A date or window a plan sets: a reporting deadline, a review per level, a congress. A one-off
 * milestone is a window {@code from}–{@code to} (a deadline has only {@code to}); a yearly one is
 * {@code recurring} and ends on {@code monthDay} (its window starting on {@code fromMonthDay}), in
 * the years {@code fromYear}–{@code toYear} when the plan bounds them. The plan's own words are kept
 * in {@code statedAs}.
 *
 * @param level the level that acts (CENTRE, PROVINCE, DISTRICT, COMMUNE, UNIT, or ALL)
 * @param before whether the plan says "before" the stated day (trước ngày …): the work is due by
 *     the start of that day rather than its end
 * @param period for a one-off {@code REPORT}, the report period it dates, written as a report's
 *     period is ({@code 2021-2030}, {@code 2021-2025}, {@code 2024}); {@code null} when the plan names
 *     none
 * @param chain for a milestone that dates a report (YEARLY_REPORT, REPORT, REVIEW_2025, REVIEW_2030), the
 *     line the report goes up; {@code null} when the plan names none, which is the state's
 *     ({@link #reportChain()})
 * @param recipient the body the report goes to, in the plan's words ("Văn phòng Hội Khuyến học tỉnh",
 *     "Sở Giáo dục và Đào tạo"); {@code null} when the plan names none
 */
public record Milestone(String kind, String level, LocalDate from, LocalDate to, MonthDay fromMonthDay,
        MonthDay monthDay, boolean recurring, boolean before, Integer fromYear, Integer toYear, String statedAs,
        String description, String period, ReportChain chain, String recipient) {

    /** The kinds of milestones that date a report, and so may name its chain and recipient. */
    public static final java.util.Set<String> REPORT_KINDS = java.util.Set.of("YEARLY_REPORT", "REPORT",
            "REVIEW_2025", "REVIEW_2030");

    /** A milestone that names no chain or recipient. */
    public Milestone(String kind, String level, LocalDate from, LocalDate to, MonthDay fromMonthDay,
            MonthDay monthDay, boolean recurring, boolean before, Integer fromYear, Integer toYear, String statedAs,
            String description, String period) {
        this(kind, level, from, to, fromMonthDay, monthDay, recurring, before, fromYear, toYear, statedAs,
                description, period, null, null);
    }

    /**
     * The chain of the report this milestone dates: the one the plan names, else the state's (what every
     * report was before plans named chains).
     */
    public ReportChain reportChain() {
        return chain == null ? ReportChain.STATE : chain;
    }

    /** The kind of a one-off report a plan dates for a {@link #period()}. */
    public static final String REPORT = "REPORT";

    /** A milestone without a yearly window, year bounds or a "before". */
    public Milestone(String kind, String level, LocalDate from, LocalDate to, MonthDay monthDay, boolean recurring,
            String statedAs, String description) {
        this(kind, level, from, to, null, monthDay, recurring, false, null, null, statedAs, description);
    }

    /** A milestone that dates no report period. */
    public Milestone(String kind, String level, LocalDate from, LocalDate to, MonthDay fromMonthDay, MonthDay monthDay,
            boolean recurring, boolean before, Integer fromYear, Integer toYear, String statedAs, String description) {
        this(kind, level, from, to, fromMonthDay, monthDay, recurring, before, fromYear, toYear, statedAs, description,
                null);
    }

    /** Whether this is a one-off report the plan dates for the report period {@code periodCode}. */
    public boolean datesReportOf(String periodCode) {
        return REPORT.equals(kind) && !recurring && period != null && period.equals(periodCode);
    }

    /** Whether the milestone applies in {@code year}. */
    public boolean appliesIn(int year) {
        if (recurring) {
            return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
        }
        LocalDate last = to != null ? to : from;
        return last != null && last.getYear() == year;
    }

    /** The day this milestone is due in {@code year}, if it applies then: the day a timer closes at. */
    public Optional<LocalDate> dueIn(int year) {
        if (!appliesIn(year)) {
            return Optional.empty();
        }
        if (recurring) {
            return Optional.ofNullable(monthDay).map(md -> md.atYear(year));
        }
        return Optional.ofNullable(to != null ? to : from);
    }

    /** The first day of this milestone's window in {@code year}, if it has one. */
    public Optional<LocalDate> opensIn(int year) {
        if (!appliesIn(year)) {
            return Optional.empty();
        }
        if (recurring) {
            return Optional.ofNullable(fromMonthDay).map(md -> md.atYear(year));
        }
        return Optional.ofNullable(from);
    }
}
