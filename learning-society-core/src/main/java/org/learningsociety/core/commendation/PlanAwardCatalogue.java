package org.learningsociety.core.commendation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * The forms of award of the nearest plan in force applying to a unit that covers the year and names
 * forms (a plan naming none gives its parent's): HCMC's from its 734/KH-UBND, Hải Phòng's and Thái
 * Bình's from the Programme they implement.
 */
public class PlanAwardCatalogue implements AwardCatalogue {

    private final PlanDirectory plans;

    public PlanAwardCatalogue(PlanDirectory plans) {
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public Optional<InForce> formsFor(AdministrativeUnit unit, int year, LocalDate on) {
        for (Plan plan : plans.plansApplyingTo(unit, on)) {
            if (plan.covers(year) && !plan.awards().isEmpty()) {
                return Optional.of(new InForce(plan.id(), plan.number(), plan.awards()));
            }
        }
        return Optional.empty();
    }
}
