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
}
