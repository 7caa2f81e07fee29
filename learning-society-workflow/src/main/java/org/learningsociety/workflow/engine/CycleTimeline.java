package org.learningsociety.workflow.engine;

import org.learningsociety.workflow.cycle.CycleDeadlineExpressions;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * The timeline of the deployed cycle: every timer of the latest version of each process, with what
 * it closes, as plain records the portal can show next to the plan's milestones. Timers whose date is
 * the {@code cycleDeadlines} expression are shown "theo kế hoạch", with the day it resolves to for a
 * commune when asked for one.
 */
public class CycleTimeline {

    private static final Comparator<CycleTimer> ORDER = Comparator
            .comparing(CycleTimer::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CycleTimer::processKey, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CycleTimer::elementId);

    private final RepositoryService repository;
    private final CycleDeadlineExpressions deadlines;

    /** The processes of a commune's yearly cycle; the reports' timers are dated per report instance. */
    static final java.util.Set<String> CYCLE_PROCESSES = java.util.Set.copyOf(LibraryKeys.CYCLE_PROCESSES);

    public CycleTimeline(RepositoryService repository) {
        this(repository, null);
    }

    /** @param deadlines resolves expression timers for a commune; {@code null} leaves them unresolved */
    public CycleTimeline(RepositoryService repository, CycleDeadlineExpressions deadlines) {
        this.repository = Objects.requireNonNull(repository);
        this.deadlines = deadlines;
    }

    /**
     * The timers that apply to {@code year}: those firing on a date of that year, and the cycles,
     * durations and expressions, which apply to every year. Dated ones first, by date.
     */
    public List<CycleTimer> timers(int year) {
        return all().stream()
                .filter(timer -> timer.date() == null || timer.date().getYear() == year)
                .sorted(ORDER)
                .toList();
    }

    /**
     * The timers of the yearly cycle of commune {@code communeCode} in {@code year}, the expression ones
     * resolved to the day the plan (or the default) sets, with the plan's number as their basis.
     */
    public List<CycleTimer> timers(int year, String communeCode) {
        return all().stream()
                .filter(timer -> CYCLE_PROCESSES.contains(timer.processKey()))
                .map(timer -> resolved(timer, year, communeCode))
                .filter(java.util.Objects::nonNull)
                .filter(timer -> timer.date() == null || timer.date().getYear() == year)
                .sorted(ORDER)
                .toList();
    }

    /**
     * The timers of the deployed processes for {@code year} as {@code plan} dates them: the cycle's
     * expression timers resolved to the plan's milestones (or the default days), in date order; the
     * reports' timers, dated per report instance, last.
     */
    public List<CycleTimer> timers(int year, org.learningsociety.core.plan.Plan plan) {
        return all().stream()
                .map(timer -> resolvedUnder(timer, year, plan))
                .filter(java.util.Objects::nonNull)
                .filter(timer -> timer.date() == null || timer.date().getYear() == year)
                .sorted(ORDER)
                .toList();
    }

    private CycleTimer resolvedUnder(CycleTimer timer, int year, org.learningsociety.core.plan.Plan plan) {
        if (timer.window() == null || deadlines == null) {
            return timer;
        }
        if (TimerValues.AWARD_ROUND.equals(timer.window())) {
            // the award round waits only when the plan dates it: otherwise its timer is not used
            return deadlines.awardRoundUnder(plan, year).map(opens -> resolvedBy(timer, opens)).orElse(null);
        }
        try {
            return resolvedBy(timer, deadlines.deadlineUnder(timer.window(), plan, year));
        } catch (LearningSocietyException unresolved) {
            return timer;
        }
    }

    private CycleTimer resolved(CycleTimer timer, int year, String communeCode) {
        if (timer.window() == null || deadlines == null) {
            return timer;
        }
        if (TimerValues.AWARD_ROUND.equals(timer.window())) {
            try {
                return deadlines.awardRound(communeCode, year).map(opens -> resolvedBy(timer, opens)).orElse(null);
            } catch (LearningSocietyException unresolved) {
                return timer;
            }
        }
        try {
            return resolvedBy(timer, deadlines.deadline(timer.window(), communeCode, year));
        } catch (LearningSocietyException unresolved) {
            return timer;
        }
    }

    /** The timer dated by {@code deadline}, with the plan's number (or the default day) as its basis. */
    private static CycleTimer resolvedBy(CycleTimer timer, CycleDeadline deadline) {
        String basis = deadline.fromPlan()
                ? CycleTimer.BY_PLAN + " " + (deadline.planNumber() != null ? deadline.planNumber() : deadline.planId())
                : CycleTimer.BY_PLAN + " (ngày mặc định)";
        return timer.resolved(deadline.date(), basis);
    }

    private List<CycleTimer> all() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        return latest.stream()
                .flatMap(definition -> TimerValues.timersOf(repository.getBpmnModelInstance(definition.getId()))
                        .stream())
                .toList();
    }
}
