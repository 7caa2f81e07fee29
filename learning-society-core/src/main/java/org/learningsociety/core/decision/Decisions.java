package org.learningsociety.core.decision;

import java.util.Optional;
import org.learningsociety.core.unit.UnitId;

/** The repository of issued decisions. */
public interface Decisions {

    DecisionId nextId();

    void add(Decision decision);

    Optional<Decision> findById(DecisionId id);

    /** The decision of {@code issuingUnit} numbered {@code number} for the cycle of {@code year}: numbers restart each year. */
    Optional<Decision> findByNumber(UnitId issuingUnit, int year, String number);
}
