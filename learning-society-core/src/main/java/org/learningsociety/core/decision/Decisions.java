package org.learningsociety.core.decision;

import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.unit.UnitId;

/** The repository of issued decisions. */
public interface Decisions {

    DecisionId nextId();

    void add(Decision decision);

    Optional<Decision> findById(DecisionId id);

    /** The decision of {@code issuingUnit} numbered {@code number} for the cycle of {@code year}: numbers restart each year. */
    Optional<Decision> findByNumber(UnitId issuingUnit, int year, String number);

    /** A page of the decisions issued by {@code issuingUnits} for the cycle of {@code year} (every year if null), newest first. */
    Page<Decision> find(Set<UnitId> issuingUnits, Integer year, PageRequest page);
}
