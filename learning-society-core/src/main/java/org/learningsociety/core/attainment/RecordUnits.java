package org.learningsociety.core.attainment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.learningsociety.core.unit.UnitId;

/**
 * Which units' records a report counts, and towards which of the report's units: by default each
 * unit's own records count towards itself. A reform-aware implementation adds the past units that
 * went wholly into one of them.
 */
@FunctionalInterface
public interface RecordUnits {

    RecordUnits OWN = (units, on) -> {
        Map<UnitId, UnitId> own = new HashMap<>();
        units.forEach(u -> own.put(u, u));
        return own;
    };

    /** Maps every unit whose records count to the unit among {@code reportUnits} they count towards. */
    Map<UnitId, UnitId> recordUnitsFor(Collection<UnitId> reportUnits, LocalDate on);

    /**
     * The past units that went only partly into some of {@code reportUnits}: their records stay
     * with them until re-assigned, and a report says how many are still unassigned. Maps each such
     * unit to the report units it partly went into.
     */
    default Map<UnitId, java.util.Set<UnitId>> pendingFor(Collection<UnitId> reportUnits, LocalDate on) {
        return Map.of();
    }

    /** {@link #recordUnitsFor} and {@link #pendingFor} of the same units and date. */
    record Resolution(Map<UnitId, UnitId> towards, Map<UnitId, java.util.Set<UnitId>> pending) { }

    /**
     * Both answers at once: a report needs both, and an implementation that works them out together
     * (the roll-up reads the successions for either) overrides this to do it once.
     */
    default Resolution resolve(Collection<UnitId> reportUnits, LocalDate on) {
        return new Resolution(recordUnitsFor(reportUnits, on), pendingFor(reportUnits, on));
    }
}
