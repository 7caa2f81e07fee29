package org.learningsociety.core.attainment;

import java.util.Collection;
import java.util.Map;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/** Set-based counting over the subjects and registrations, grouped by the unit they belong to. */
public interface AttainmentCounts {

    /**
     * For each of {@code units} that has any: its subjects of {@code model}, and its registrations
     * and recognitions of {@code year} (counted where each registration was made).
     */
    Map<UnitId, UnitCounts> countsByUnit(Collection<UnitId> units, int year, LearningModel model);

    /**
     * The registrations of {@code year} and {@code model} made in {@code recordUnits}, grouped by the
     * unit their subject belongs to now (subjects count 0 here): where records of a partly merged
     * unit went once the portal re-assigned their subjects.
     */
    Map<UnitId, UnitCounts> registrationsBySubjectUnit(Collection<UnitId> recordUnits, int year, LearningModel model);
}
