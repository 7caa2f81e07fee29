package org.learningsociety.core.campaign;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * The day each window of a commune's yearly cycle closes, read from the plans that apply to the
 * commune: the nearest issued plan covering the year with a milestone of the window's kind for the
 * commune level (or all levels) that falls due in the year — e.g. Thái Bình's recognition "Hằng năm,
 * trong tháng 11, 12". When no plan sets one, the configured default day of the window applies, so
 * that every year's cycle closes in its own year.
 *
 * <p>The report window is the commune's yearly report: it closes when the plans date that report
 * ({@link YearlyReportDays}: Programme 387's plans in force, the commune's level), else on the day the
 * portal configured for it. No day is shipped for it, since no plan states a national one: with
 * neither, {@link #closes} refuses, naming the plans.
 *
 * <p>The milestone kind of a window is its name, except the report, whose kind is
 * {@code YEARLY_REPORT}. Draft plans are not in force and are not read.
 */
public class CycleDeadlines {

    /** The milestone levels that bind a commune's cycle. */
    static final Set<String> COMMUNE_LEVELS = Set.of("COMMUNE", "ALL");

    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final Map<CyclePhase, MonthDay> defaults;
    private final YearlyReportDays reportDays;

    /**
     * @param defaults the day each window closes when no plan says: configuration, not code. A window
     *     without a default, and without a plan's milestone, is refused.
     * @param reportDays when the plans date a commune's yearly report: the report window's day
     */
    public CycleDeadlines(UnitDirectory units, PlanDirectory plans, Map<CyclePhase, MonthDay> defaults,
            YearlyReportDays reportDays) {
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.defaults = Map.copyOf(defaults);
        this.reportDays = Objects.requireNonNull(reportDays);
    }

    /** The milestone kind that closes {@code window} in the plan files. */
    public static String milestoneKind(CyclePhase window) {
        return window == CyclePhase.REPORT ? "YEARLY_REPORT" : window.name();
    }

    /**
     * When {@code window} closes in {@code year} under {@code plan} (its milestone for communes or
     * all levels), else on the configured default day: the timeline of a plan, with no commune.
     */
    public CycleDeadline closesUnder(CyclePhase window, Plan plan, int year) {
        Objects.requireNonNull(window, "window");
        // the commune's report is Programme 387's: another programme's plan does not date it
        boolean dates = window != CyclePhase.REPORT || plan == null || Plan.PROGRAMME_387.equals(plan.programme());
        if (plan != null && dates && plan.covers(year)) {
            Optional<CycleDeadline> set = fromPlan(window, plan, milestoneKind(window), year);
            if (set.isPresent()) {
                return set.get();
            }
        }
        MonthDay fallback = defaults.get(window);
        if (fallback == null) {
            throw new InvalidInputException("window", window, "Kế hoạch không nêu hạn "
                    + window.vietnameseName().toLowerCase() + " năm " + year + " và chưa cấu hình ngày mặc định");
        }
        return new CycleDeadline(window, fallback.atYear(year), false, null, null, null);
    }

    /**
     * When {@code window} of the cycle of commune {@code communeCode} in {@code year} closes: refused
     * when neither a plan nor the configuration dates it (a conflict for the report window).
     */
    public CycleDeadline closes(CyclePhase window, String communeCode, int year) {
        Objects.requireNonNull(window, "window");
        LocalDate on = dayKnowing(communeCode, year);
        AdministrativeUnit unit = units.unitOn(communeCode, on);
        if (window == CyclePhase.REPORT) {
            return reportCloses(unit, year, on);
        }
        String kind = milestoneKind(window);
        for (Plan plan : plans.plansApplyingTo(unit, on)) {
            if (plan.status() != PlanStatus.ISSUED || !plan.covers(year)) {
                continue;
            }
            Optional<CycleDeadline> set = fromPlan(window, plan, kind, year);
            if (set.isPresent()) {
                return set.get();
            }
        }
        MonthDay fallback = defaults.get(window);
        if (fallback == null) {
            throw new InvalidInputException("window", window, "Không kế hoạch nào áp dụng cho " + unit.name()
                    + " nêu hạn " + window.vietnameseName().toLowerCase() + " năm " + year
                    + " và chưa cấu hình ngày mặc định");
        }
        return new CycleDeadline(window, fallback.atYear(year), false, null, null, null);
    }

    /**
     * When the award round of the cycle of commune {@code communeCode} in {@code year} starts, if a plan in
     * force dates it: the first day of the window of its yearly COMMENDATION milestone, at any level (HCMC's
     * City awards at the Lifelong Learning Week, "tháng 10 hằng năm": 1 October). A round reached after that
     * window has closed ({@code today} past its last day) waits for the next year's window, when the plan
     * has one. Empty when no plan in force dates the round: it starts when the recognition ends.
     */
    public Optional<CycleDeadline> awardRoundOpens(String communeCode, int year, LocalDate today) {
        LocalDate on = dayKnowing(communeCode, year);
        AdministrativeUnit unit = units.unitOn(communeCode, on);
        for (Plan plan : plans.plansApplyingTo(unit, on)) {
            Optional<CycleDeadline> opens = awardRoundOpensUnder(plan, year, today);
            if (opens.isPresent()) {
                return opens;
            }
        }
        return Optional.empty();
    }

    /**
     * When {@code plan}'s yearly award window opens for a round of {@code year} reached on {@code today}
     * (see {@link #awardRoundOpens}); empty when the plan dates no award round.
     */
    public Optional<CycleDeadline> awardRoundOpensUnder(Plan plan, int year, LocalDate today) {
        if (plan == null || !plan.covers(year)) {
            return Optional.empty();
        }
        for (Milestone milestone : plan.milestones(milestoneKind(CyclePhase.COMMENDATION))) {
            if (!milestone.recurring() || milestone.fromMonthDay() == null) {
                continue;
            }
            for (int in = year; in <= year + 1; in++) {
                Optional<LocalDate> opens = milestone.opensIn(in);
                Optional<LocalDate> closes = milestone.dueIn(in);
                if (opens.isPresent() && closes.isPresent() && !today.isAfter(closes.get())) {
                    return Optional.of(new CycleDeadline(CyclePhase.COMMENDATION, opens.get(), true, plan.id(),
                            plan.number(), milestone.statedAs()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The commune's yearly report: as the plans date it, else on the configured day; with neither, a
     * conflict naming the plans, for no day is made up.
     */
    private CycleDeadline reportCloses(AdministrativeUnit unit, int year, LocalDate on) {
        Optional<CycleDeadline> planned = reportDays.yearlyReportDue(unit, year, on);
        if (planned.isPresent()) {
            return planned.get();
        }
        MonthDay configured = defaults.get(CyclePhase.REPORT);
        if (configured != null) {
            return new CycleDeadline(CyclePhase.REPORT, configured.atYear(year), false, null, null, null);
        }
        String named = plans.plansApplyingTo(unit, on, Plan.PROGRAMME_387).stream()
                .map(plan -> plan.number() != null ? plan.number() : plan.id())
                .collect(java.util.stream.Collectors.joining(", "));
        throw new ConflictException(ConflictException.Kind.STATE_CONFLICT, "reportDue", year, "Kế hoạch "
                + (named.isEmpty() ? "(không có kế hoạch nào)" : named) + " không nêu hạn báo cáo kết quả năm " + year
                + " của cấp xã (" + unit.name() + ") và cổng chưa cấu hình hạn này "
                + "(learning-society.cycle.report-due); không tự đặt ngày");
    }

    private static Optional<CycleDeadline> fromPlan(CyclePhase window, Plan plan, String kind, int year) {
        List<Milestone> milestones = plan.milestones(kind).stream()
                .filter(m -> COMMUNE_LEVELS.contains(m.level()))
                .sorted(Comparator.comparing((Milestone m) -> !"COMMUNE".equals(m.level())))
                .toList();
        for (Milestone milestone : milestones) {
            Optional<LocalDate> due = milestone.dueIn(year);
            if (due.isPresent()) {
                return Optional.of(new CycleDeadline(window, due.get(), milestone.before(), plan.id(), plan.number(),
                        milestone.statedAs()));
            }
        }
        return Optional.empty();
    }

    /** The year's first day, or its last when the commune was made during the year (the 2025 reform). */
    private LocalDate dayKnowing(String code, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        try {
            units.unitOn(code, first);
            return first;
        } catch (NotFoundException notYet) {
            return LocalDate.of(year, 12, 31);
        }
    }
}
