package org.learningsociety.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.campaign.YearlyReportDays;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The deadlines the plans set for a level's report. For each level that binds the unit (its own,
 * then the plans' UNIT, then ALL) and each plan in force of the report's programme that reports over
 * the period, nearest unit first: a one-off {@code REPORT} the plan dates for that very period
 * (Thái Bình's "vào tháng 7 năm 2030" for 2021–2030), else the milestone of the period's kind
 * ({@code YEARLY_REPORT}, {@code REVIEW_2025}, {@code REVIEW_2030}). Each milestone dates the reports
 * of one chain, the state's or the association's, which keep their own days. Nothing here is a date in
 * code: the dates are the plans' data.
 */
public class ReportDeadlines implements YearlyReportDays {

    private final PlanDirectory plans;

    public ReportDeadlines(PlanDirectory plans) {
        this.plans = Objects.requireNonNull(plans);
    }

    /**
     * A plan's milestone that dates a report, with the plan that states it.
     *
     * @param plan the plan, read over its parents
     * @param milestone the milestone, the plan's own words in its {@code statedAs}
     */
    public record Dated(Plan plan, Milestone milestone) {

        /** The day the plan states for the report of {@code period}: a window's end, or the yearly day. */
        public Optional<LocalDate> statedDay(ReportPeriod period) {
            if (milestone.recurring()) {
                return milestone.dueIn(period.toYear());
            }
            return Optional.ofNullable(milestone.to() != null ? milestone.to() : milestone.from());
        }

        /** The last day the report is on time: the stated day, or the day before it when the plan says "trước". */
        public Optional<LocalDate> lastDay(ReportPeriod period) {
            return statedDay(period).map(day -> milestone.before() ? day.minusDays(1) : day);
        }

        /** The first day of the window, when the plan gives one. */
        public Optional<LocalDate> firstDay(ReportPeriod period) {
            return milestone.recurring() ? milestone.opensIn(period.toYear()) : Optional.ofNullable(milestone.from());
        }
    }

    /**
     * The last day {@code unit}'s report of {@code programme} for {@code period} is on time: a window's
     * end, or the stated day (the day before it when the plan says "trước ngày" / "trước tháng"), of
     * whichever chain dates it first (see {@link #datedFor(AdministrativeUnit, String, ReportChain, ReportPeriod,
     * LocalDate)}).
     */
    public Optional<LocalDate> dueFor(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        return dueFor(unit, programme, null, period, on);
    }

    /** The last day {@code unit}'s report of {@code chain} ({@code null}: any) is on time, as its plans date it. */
    public Optional<LocalDate> dueFor(AdministrativeUnit unit, String programme, ReportChain chain,
            ReportPeriod period, LocalDate on) {
        return datedFor(unit, programme, chain, period, on).flatMap(d -> d.lastDay(period));
    }

    /** The first day of the level's window for the report, when the plan gives one. */
    public Optional<LocalDate> opensFor(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        return datedFor(unit, programme, period, on).flatMap(d -> d.firstDay(period));
    }

    /** The milestone that dates the report, with the plan's own words in {@code statedAs}. */
    public Optional<Milestone> milestoneFor(AdministrativeUnit unit, String programme, ReportPeriod period,
            LocalDate on) {
        return datedFor(unit, programme, period, on).map(Dated::milestone);
    }

    /** The milestone that dates the report and its plan, of whichever chain dates it first. */
    public Optional<Dated> datedFor(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        return datedFor(unit, programme, null, period, on);
    }

    /**
     * The chains the plans date {@code unit}'s report of {@code programme} for {@code period} in: the
     * state's first, then the association's. Empty when no plan dates it.
     */
    public List<ReportChain> chainsDating(AdministrativeUnit unit, String programme, ReportPeriod period,
            LocalDate on) {
        return java.util.Arrays.stream(ReportChain.values())
                .filter(chain -> datedFor(unit, programme, chain, period, on).isPresent()).toList();
    }

    /**
     * The body {@code unit}'s report of {@code chain} goes to, in the plan's words: the recipient of the
     * milestone that dates it, if it names one.
     */
    public Optional<String> recipientFor(AdministrativeUnit unit, String programme, ReportChain chain,
            ReportPeriod period, LocalDate on) {
        return datedFor(unit, programme, chain, period, on).map(d -> d.milestone().recipient());
    }

    /**
     * The milestone that dates the report and its plan, from the plans in force of {@code programme}
     * only (a report of Programme 387 takes neither the emulation movement's days nor a draft nobody
     * put in force), and of those only the plans that report over the period: a year they cover, one
     * of their phases, or their whole span; of {@code chain} only, when it is given (a milestone that
     * names no chain is the state's). A milestone the plan states without a date (Hải Phòng
     * 46/KH-UBND's "định kỳ hằng năm báo cáo") is passed over for the next plan that dates it.
     */
    public Optional<Dated> datedFor(AdministrativeUnit unit, String programme, ReportChain chain, ReportPeriod period,
            LocalDate on) {
        List<Plan> applying = applying(unit, programme, period, on);
        for (String level : levelsFor(unit.level())) {
            for (Plan plan : applying) {
                // the plan's own day for this very report comes before its review's window
                for (Milestone m : plan.milestones(Milestone.REPORT)) {
                    if (level.equals(m.level()) && inChain(m, chain) && m.datesReportOf(period.code()) && dated(m)) {
                        return Optional.of(new Dated(plan, m));
                    }
                }
                for (Milestone m : plan.milestones(period.milestoneKind())) {
                    if (level.equals(m.level()) && inChain(m, chain) && dated(m)
                            && (!m.recurring() || m.appliesIn(period.toYear()))) {
                        return Optional.of(new Dated(plan, m));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Plan> applying(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        return plans.plansApplyingTo(unit, on, Plan.programme(programme)).stream()
                .filter(plan -> plan.reportsOver(period.fromYear(), period.toYear()))
                .toList();
    }

    private static boolean inChain(Milestone m, ReportChain chain) {
        return chain == null || m.reportChain() == chain;
    }

    /**
     * The cycle's report window: the day Programme 387's plans date {@code commune}'s report of
     * {@code year}, as the plan states it (with its "trước"), and the plan that does.
     */
    @Override
    public Optional<CycleDeadline> yearlyReportDue(AdministrativeUnit commune, int year, LocalDate on) {
        ReportPeriod period = ReportPeriod.year(year);
        return datedFor(commune, Plan.PROGRAMME_387, period, on).flatMap(d -> d.statedDay(period)
                .map(day -> new CycleDeadline(CyclePhase.REPORT, day, d.milestone().before(), d.plan().id(),
                        d.plan().number(), d.milestone().statedAs())));
    }

    private static boolean dated(Milestone m) {
        return m.recurring() ? m.monthDay() != null : m.to() != null || m.from() != null;
    }

    /** The milestone levels that apply to a unit's level, in order: its own, the plans' UNIT (localities), ALL. */
    private static List<String> levelsFor(UnitLevel level) {
        return switch (level) {
            case COMMUNE, DISTRICT -> List.of(level.name(), "UNIT", "ALL");
            default -> List.of(level.name(), "ALL");
        };
    }
}
