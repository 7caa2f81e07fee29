package org.learningsociety.core.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.SelfAssessmentWindow;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Whether a self-assessment sent now for a registration is late: the self-assessment window of the
 * cycle it belongs to (its model and year, in the commune of its unit — a village's commune) has
 * closed. Late self-assessments are kept, marked, whichever way they come in.
 */
public class LateSelfAssessments {

    private final UnitDirectory units;
    private final SelfAssessmentWindow windows;
    private final Clock clock;

    public LateSelfAssessments(UnitDirectory units, SelfAssessmentWindow windows, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.windows = Objects.requireNonNull(windows);
        this.clock = Objects.requireNonNull(clock);
    }

    public boolean late(Registration registration) {
        CycleKey cycle = cycleOf(registration);
        return windows.closed(cycle.model(), cycle.year(), cycle.unitCode());
    }

    /** The commune cycle {@code registration} belongs to. */
    public CycleKey cycleOf(Registration registration) {
        LocalDate on = dateIn(registration.year());
        AdministrativeUnit unit = units.unitOn(registration.unit(), on);
        AdministrativeUnit commune = unit.level() == UnitLevel.VILLAGE ? units.ancestorsOf(unit, on).get(0) : unit;
        return new CycleKey(registration.model(), registration.year(), commune.code());
    }

    /** The day the hierarchy is read on: today while the year runs, else its first or last day. */
    private LocalDate dateIn(int year) {
        LocalDate today = LocalDate.now(clock);
        if (today.getYear() == year) {
            return today;
        }
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
}
