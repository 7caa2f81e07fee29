package org.learningsociety.core.plan;

import java.time.LocalDate;
import org.learningsociety.core.unit.AdministrativeUnit;

/** Who recognises titles in a unit's yearly cycle, as the plans say ({@link PlanDirectory#recognition}). */
@FunctionalInterface
public interface Recognisers {

    /** Who recognises the titles of {@code year} in {@code unit}, as the hierarchy stood on {@code on}. */
    Recognition of(AdministrativeUnit unit, int year, LocalDate on);

    /** Every unit's People's Committee, whatever the plans say: for a library without plans loaded. */
    static Recognisers peoplesCommittees() {
        return (unit, year, on) -> Recognition.DEFAULT;
    }

    /** As the plans in force say. */
    static Recognisers fromPlans(PlanDirectory plans) {
        return plans::recognition;
    }
}
