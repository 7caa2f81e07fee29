package org.learningsociety.core.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.unit.UnitId;

/** The entered indicator values, and the audit of every change made to them. */
public interface IndicatorValues {

    /** Every value entered for {@code year} by any of {@code units}. */
    List<IndicatorValue> find(Collection<UnitId> units, int year);

    Optional<IndicatorValue> find(UnitId unit, int year, String indicator);
}
