package org.learningsociety.core.indicator;

import java.time.Instant;
import org.learningsociety.core.unit.UnitId;

/**
 * What a unit entered for one indicator of its plan in one year: a numerator and a denominator
 * (an indicator answered as a ratio), or yes/no; with a note, who entered it and when.
 *
 * @param answer the yes/no of an indicator answered so, {@code null} for a ratio
 * @param version the stored version, 0 for a value not yet stored
 */
public record IndicatorValue(UnitId unit, int year, String indicator, Long numerator, Long denominator,
        Boolean answer, String note, String enteredBy, Instant enteredAt, int version) {

    /** The value as a ratio: the numerator over the denominator, or 1/1 for yes and 0/1 for no. */
    public Ratio ratio() {
        if (answer != null) {
            return new Ratio(answer ? 1 : 0, 1);
        }
        return new Ratio(numerator == null ? 0 : numerator, denominator == null ? 0 : denominator);
    }
}
