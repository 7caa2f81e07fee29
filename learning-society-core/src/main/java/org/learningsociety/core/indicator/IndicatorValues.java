package org.learningsociety.core.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.learningsociety.core.unit.UnitId;

/** The entered indicator values, and the audit of every change made to them. */
public interface IndicatorValues {

    /** Every value entered for {@code year} by any of {@code units}. */
    List<IndicatorValue> find(Collection<UnitId> units, int year);

    Optional<IndicatorValue> find(UnitId unit, int year, String indicator);

    /**
     * Stores {@code value}: a first entry when its version is 0, else a change of the value stored at
     * that version. Answers the value as stored, its version moved on by one (a first entry is version
     * 1). A first entry someone else made meanwhile, or a change since the version was read, is a
     * {@code ConflictException} ({@code CONCURRENT_CHANGE}) and nothing is written.
     */
    IndicatorValue save(IndicatorValue value);

    /**
     * The id under which the audit trail keeps the changes of the value of {@code indicator} that
     * {@code unit} entered for {@code year} ({@code Audited.INDICATOR_VALUE}); empty before its first
     * entry.
     */
    OptionalLong auditId(UnitId unit, int year, String indicator);
}
