package org.learningsociety.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The deadlines the plans set for a level's report: the milestone of the period's kind
 * (YEARLY_REPORT, REVIEW_2025, REVIEW_2030) for the unit's level, from the nearest plan that states
 * one. Nothing here is a date in code: the dates are the plans' data.
 */
public class ReportDeadlines {

    private final PlanDirectory plans;

    public ReportDeadlines(PlanDirectory plans) {
        this.plans = Objects.requireNonNull(plans);
    }

    /**
     * The last day {@code unit}'s report for {@code period} is on time: a review's window end, or the
     * yearly day (the day before it when the plan says "trước ngày").
     */
    public Optional<LocalDate> dueFor(AdministrativeUnit unit, ReportPeriod period, LocalDate on) {
        return milestoneFor(unit, period, on).flatMap(m -> {
            if (m.recurring()) {
                return m.dueIn(period.toYear()).map(day -> m.before() ? day.minusDays(1) : day);
            }
            return Optional.ofNullable(m.to() != null ? m.to() : m.from()).map(day -> m.before() ? day.minusDays(1) : day);
        });
    }

    /** The first day of the level's window for the report, when the plan gives one. */
    public Optional<LocalDate> opensFor(AdministrativeUnit unit, ReportPeriod period, LocalDate on) {
        return milestoneFor(unit, period, on).flatMap(m -> m.recurring() ? m.opensIn(period.toYear())
                : Optional.ofNullable(m.from()));
    }

    /**
     * The milestone that dates the report, with the plan's own words in {@code statedAs}, from the
     * Programme 387 plans in force only: neither a draft nobody put in force nor the emulation
     * movement's plans date a report. A milestone the plan states without a date (Hải Phòng
     * 46/KH-UBND's "định kỳ hằng năm báo cáo") is passed over for the next plan that dates it.
     */
    public Optional<Milestone> milestoneFor(AdministrativeUnit unit, ReportPeriod period, LocalDate on) {
        // the reports and reviews are Programme 387's: the emulation movement's dates are not theirs
        List<Plan> applying = plans.plansApplyingTo(unit, on, Plan.PROGRAMME_387);
        for (String level : levelsFor(unit.level())) {
            for (Plan plan : applying) {
                for (Milestone m : plan.milestones(period.milestoneKind())) {
                    boolean dated = m.recurring() ? m.monthDay() != null : m.to() != null || m.from() != null;
                    if (dated && level.equals(m.level()) && (!m.recurring() || m.appliesIn(period.toYear()))) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The milestone levels that apply to a unit's level, in order: its own, the plans' UNIT (localities), ALL. */
    private static List<String> levelsFor(UnitLevel level) {
        return switch (level) {
            case COMMUNE, DISTRICT -> List.of(level.name(), "UNIT", "ALL");
            default -> List.of(level.name(), "ALL");
        };
    }
}
