package org.learningsociety.core.plan;

import java.util.List;
import java.util.Optional;

/** The repository of plans. */
public interface Plans {

    Optional<Plan> findById(String id);

    /**
     * Takes, until the transaction ends, the lock that makes loads of reference data run one at a time
     * across the nodes of a cluster (see {@code AdministrativeUnits#lockReferenceData}).
     */
    default void lockReferenceData() {
    }

    /** The plans whose scope is the unit with {@code unitCode}. */
    List<Plan> findByScope(String unitCode);

    List<Plan> findAll();

    /** Stores a plan, replacing an older version of the same id; refuses none newer than the stored one. */
    void save(Plan plan);
}
