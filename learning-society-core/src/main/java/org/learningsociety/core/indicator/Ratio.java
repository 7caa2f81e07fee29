package org.learningsociety.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count over a count: what a level sums from its units before dividing once. */
public record Ratio(long numerator, long denominator) {

    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    /** The numerator as a percentage of the denominator, to two places; {@code null} over nothing. */
    public BigDecimal percent() {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
