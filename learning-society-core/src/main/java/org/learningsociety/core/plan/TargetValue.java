package org.learningsociety.core.plan;

import java.math.BigDecimal;

/**
 * A target for a year as the library answers it: the value, and where it comes from — stated by a
 * plan, or derived by the plan's rule for a year without a stated target. Never a silent zero.
 */
public record TargetValue(String indicator, int year, BigDecimal value, Source source, String planId,
        String explanation) {

    public enum Source {
        /** The plan states this value for this year. */
        STATED,
        /** The plan states none for this year; the value follows the plan's derivation rule. */
        DERIVED
    }

    public boolean isDerived() {
        return source == Source.DERIVED;
    }
}
