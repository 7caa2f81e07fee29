package org.learningsociety.core.registration;

import java.util.Optional;
import org.learningsociety.core.unit.UnitId;

/** The repository of issued decisions. */
public interface Decisions {

    DecisionId nextId();

    void add(Decision decision);

    Optional<Decision> findById(DecisionId id);

    Optional<Decision> findByNumber(UnitId issuingUnit, String number);
}
