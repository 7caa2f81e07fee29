package org.learningsociety.workflow.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A unit's recognition target for a year and model, and where it comes from. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/targets")
public class TargetsController {

    private final PlanDirectory plans;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final Clock clock;

    public TargetsController(PlanDirectory plans, UnitDirectory units, UnitAccess access, Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param target the share of subjects to recognise, in percent
     * @param source {@code STATED} by the plan, or {@code DERIVED} by its rule for a year it names no target
     */
    public record TargetView(String unit, int year, LearningModel model, String indicator, BigDecimal target,
            TargetValue.Source source, String plan, boolean derived, String explanation) { }

    /**
     * A unit's recognition target in percent for a year and model. Stated by the plan in force for the
     * unit, or derived from the plans above it, with an explanation of where it comes from.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public TargetView target(@RequestParam String unit, @RequestParam int year, @RequestParam LearningModel model) {
        LocalDate today = LocalDate.now(clock);
        AdministrativeUnit found = units.unitOn(unit, today);
        access.requireAccess(found.code(), today);
        TargetValue value = plans.recognitionTarget(found, model, year, today);
        return new TargetView(found.code(), year, model, value.indicator(), value.value(), value.source(),
                value.planId(), value.isDerived(), value.explanation());
    }
}
