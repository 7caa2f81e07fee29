package org.learningsociety.core.commendation;

import java.util.Set;
import org.learningsociety.core.unit.UnitId;

/**
 * Which commendations to list: those proposed for registrations made in {@code units}, of
 * {@code year} where given, standing in {@code status} where given.
 */
public record CommendationFilter(Set<UnitId> units, Integer year, CommendationStatus status) {

    public CommendationFilter {
        units = Set.copyOf(units);
    }
}
