package org.learningsociety.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * Finds the plan that applies to a unit — its own, else the nearest ancestor's, else the
 * programme's — and answers its targets.
 */
public class PlanDirectory {

    private static final Comparator<Plan> PREFERRED = Comparator
            .comparing((Plan p) -> p.status() == PlanStatus.ISSUED ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Plan::issuedYear).reversed());

    private final Plans plans;
    private final UnitDirectory units;

    public PlanDirectory(Plans plans, UnitDirectory units) {
        this.plans = Objects.requireNonNull(plans);
        this.units = Objects.requireNonNull(units);
    }

    public Plan plan(String id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id, "Không có kế hoạch này"));
    }

    /**
     * The plan applying to {@code unit} in {@code year}: an issued plan of the unit itself that covers
     * the year, else of its nearest ancestor (as the hierarchy stood on {@code on}).
     */
    public Plan planFor(AdministrativeUnit unit, int year, LocalDate on) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        chain.add(unit);
        chain.addAll(units.ancestorsOf(unit, on));
        for (AdministrativeUnit candidate : chain) {
            Optional<Plan> own = plans.findByScope(candidate.code()).stream()
                    .filter(p -> p.status() == PlanStatus.ISSUED)
                    .filter(p -> p.covers(year))
                    .min(PREFERRED);
            if (own.isPresent()) {
                return own.get();
            }
        }
        throw new NotFoundException("year", year,
                "Không có kế hoạch nào áp dụng cho " + unit.name() + " trong năm này");
    }

    /** The target of {@code model}'s recognition rate for {@code unit} in {@code year}. */
    public TargetValue recognitionTarget(AdministrativeUnit unit, LearningModel model, int year, LocalDate on) {
        Plan plan = planFor(unit, year, on);
        PlanIndicator indicator = plan.recognitionIndicatorFor(model).orElseThrow(() ->
                new NotFoundException("model", model,
                        "Kế hoạch " + plan.number() + " không đặt chỉ tiêu cho mô hình " + model.title()));
        return plan.targetFor(indicator.code(), year, unit.areaType());
    }
}
