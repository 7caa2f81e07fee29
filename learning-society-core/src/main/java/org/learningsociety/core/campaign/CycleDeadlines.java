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
 * <p>The milestone kind of a window is its name, except the report, whose kind is
 * {@code YEARLY_REPORT}. Draft plans are not in force and are not read.
 */
public class CycleDeadlines {

    /** The milestone levels that bind a commune's cycle. */
    static final Set<String> COMMUNE_LEVELS = Set.of("COMMUNE", "ALL");

    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final Map<CyclePhase, MonthDay> defaults;

    /**
     * @param defaults the day each window closes when no plan says: configuration, not code. A window
     *     without a default, and without a plan's milestone, is refused.
     */
    public CycleDeadlines(UnitDirectory units, PlanDirectory plans, Map<CyclePhase, MonthDay> defaults) {
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.defaults = Map.copyOf(defaults);
    }

    /** The milestone kind that closes {@code window} in the plan files. */
    public static String milestoneKind(CyclePhase window) {
        return window == CyclePhase.REPORT ? "YEARLY_REPORT" : window.name();
    }

    /** When {@code window} of the cycle of commune {@code communeCode} in {@code year} closes. */
    /**
     * When {@code window} closes in {@code year} under {@code plan} (its milestone for communes or
     * all levels), else on the configured default day: the timeline of a plan, with no commune.
     */
    public CycleDeadline closesUnder(CyclePhase window, Plan plan, int year) {
        Objects.requireNonNull(window, "window");
        if (plan != null && plan.covers(year)) {
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

    public CycleDeadline closes(CyclePhase window, String communeCode, int year) {
        Objects.requireNonNull(window, "window");
        LocalDate on = dayKnowing(communeCode, year);
        AdministrativeUnit unit = units.unitOn(communeCode, on);
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
