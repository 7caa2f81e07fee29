package org.learningsociety.core.attainment;

import java.math.BigDecimal;
import java.util.List;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * How far a unit stands from its target for a year and model.
 *
 * @param rate recognised subjects as a percentage of all subjects, {@code null} when there are none
 * @param target the plan's target (stated or derived), {@code null} when no plan sets one
 * @param gap target minus rate in percentage points (positive: still short), {@code null} when either is
 * @param unassigned registrations of the year made in past units that went only partly into this
 *     one, whose subjects the portal has not yet re-assigned: counted nowhere until it does
 */
public record Attainment(AdministrativeUnit unit, int year, LearningModel model, long subjects, long registered,
        long recognised, BigDecimal rate, TargetValue target, BigDecimal gap, List<Attainment> children,
        long unassigned) {

    public Attainment(AdministrativeUnit unit, int year, LearningModel model, long subjects, long registered,
            long recognised, BigDecimal rate, TargetValue target, BigDecimal gap, List<Attainment> children) {
        this(unit, year, model, subjects, registered, recognised, rate, target, gap, children, 0);
    }

    public Attainment {
        children = List.copyOf(children);
    }
}
