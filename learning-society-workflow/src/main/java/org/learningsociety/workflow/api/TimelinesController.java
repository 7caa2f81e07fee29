package org.learningsociety.workflow.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.workflow.engine.CycleTimeline;
import org.learningsociety.workflow.engine.CycleTimer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timers of the deployed cycle for a year, in date order, next to the plan's milestones. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/timelines")
public class TimelinesController {

    private final CycleTimeline timeline;
    private final PlanDirectory plans;

    public TimelinesController(CycleTimeline timeline, PlanDirectory plans) {
        this.timeline = Objects.requireNonNull(timeline);
        this.plans = Objects.requireNonNull(plans);
    }

    public record MilestoneView(String kind, String level, LocalDate opens, LocalDate due) { }

    public record TimelineView(int year, String plan, String planNumber, List<CycleTimer> timers,
            List<MilestoneView> milestones) { }

    /**
     * The deployed cycle's timers for a year, in date order, beside the plan's milestones. Each timer with
     * its date (resolved from the plan where it is an expression) and the window it closes.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public TimelineView timeline(@RequestParam int year, @RequestParam(required = false) String plan) {
        org.learningsociety.core.shared.Years.require("year", year);
        List<MilestoneView> milestones = List.of();
        String number = null;
        Plan found = null;
        if (plan != null && !plan.isBlank()) {
            found = plans.plan(plan);
            number = found.number();
            milestones = found.milestones().stream().filter(m -> m.appliesIn(year))
                    .map(m -> new MilestoneView(m.kind(), m.level(), m.opensIn(year).orElse(null),
                            m.dueIn(year).orElse(null)))
                    .sorted(java.util.Comparator.comparing((MilestoneView m) -> m.opens() != null ? m.opens() : m.due(),
                            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                    .toList();
        }
        return new TimelineView(year, plan, number, timeline.timers(year, found), milestones);
    }
}
