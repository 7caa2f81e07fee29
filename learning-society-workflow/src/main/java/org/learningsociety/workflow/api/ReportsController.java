package org.learningsociety.workflow.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Attainment against the plan's targets, for a unit and the units beneath it. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/reports")
public class ReportsController {

    private final AttainmentService attainment;
    private final UnitAccess access;
    private final Clock clock;

    public ReportsController(AttainmentService attainment, UnitAccess access, Clock clock) {
        this.attainment = Objects.requireNonNull(attainment);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param rate recognised as a percentage of subjects, {@code null} when there are none
     * @param target the plan's target in percent, {@code null} when no plan sets one
     * @param gap target minus rate in percentage points (positive: still short)
     */
    public record AttainmentView(String unit, String unitName, int year, LearningModel model, long subjects,
            long registered, long recognised, BigDecimal rate, BigDecimal target, TargetValue.Source targetSource,
            String plan, BigDecimal gap, long unassigned, List<AttainmentView> children) {

        static AttainmentView of(Attainment a) {
            TargetValue target = a.target();
            return new AttainmentView(a.unit().code(), a.unit().name(), a.year(), a.model(), a.subjects(),
                    a.registered(), a.recognised(), a.rate(), target == null ? null : target.value(),
                    target == null ? null : target.source(), target == null ? null : target.planId(), a.gap(),
                    a.unassigned(), a.children().stream().map(AttainmentView::of).toList());
        }
    }

    /**
     * Attainment of a unit for a year and model, against its plan's target. Subjects, registered,
     * recognised, the rate, the target and where it comes from, the gap, and the same for each unit
     * directly beneath it.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/attainment")
    public AttainmentView attainment(@RequestParam String unit, @RequestParam int year,
            @RequestParam LearningModel model) {
        access.requireAccess(unit, LocalDate.now(clock));
        return AttainmentView.of(attainment.attainment(unit, year, model));
    }
}
