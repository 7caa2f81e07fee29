package org.learningsociety.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** The units of a report's area that the reform abolished or merged during its period, read from the units' history. */
final class PastUnits {

    private final UnitDirectory units;
    private final AdministrativeUnits unitHistory;

    PastUnits(UnitDirectory units, AdministrativeUnits unitHistory) {
        this.units = java.util.Objects.requireNonNull(units);
        this.unitHistory = java.util.Objects.requireNonNull(unitHistory);
    }

    /**
     * The units of the report's area that no longer exist on its date, and what they went into: those
     * that went into it or one of its units during the period, with the units below them then, and the
     * report unit's own former children (the districts the reform abolished).
     */
    List<PastUnit> of(AdministrativeUnit root, ReportPeriod period, LocalDate on) {
        LocalDate start = LocalDate.of(period.fromYear(), 1, 1);
        List<UnitId> current = new ArrayList<>();
        current.add(root.id());
        units.descendantsOf(root, on).forEach(u -> current.add(u.id()));
        Map<UnitId, AdministrativeUnit> past = new LinkedHashMap<>();
        Set<LocalDate> lastDays = new TreeSet<>();
        for (Succession s : unitHistory.successionsInto(current)) {
            if (s.effectiveOn().isAfter(start) && !s.effectiveOn().isAfter(on)) {
                LocalDate lastDay = s.effectiveOn().minusDays(1);
                lastDays.add(lastDay);
                unitHistory.findById(s.predecessor(), lastDay).ifPresent(u -> past.putIfAbsent(u.id(), u));
                unitHistory.descendantsOf(s.predecessor(), lastDay).forEach(u -> past.putIfAbsent(u.id(), u));
            }
        }
        for (LocalDate lastDay : lastDays) {
            unitHistory.descendantsOf(root.id(), lastDay).forEach(u -> past.putIfAbsent(u.id(), u));
        }
        past.values().removeIf(u -> u.level() == UnitLevel.VILLAGE || unitHistory.findById(u.id(), on).isPresent());
        List<PastUnit> history = new ArrayList<>();
        for (AdministrativeUnit unit : past.values()) {
            Set<String> into = new LinkedHashSet<>(successorNames(unit.id(), on));
            if (into.isEmpty()) {
                LocalDate lastDay = unit.validity().to();
                for (AdministrativeUnit below : unitHistory.descendantsOf(unit.id(), lastDay)) {
                    into.addAll(successorNames(below.id(), on));
                }
            }
            history.add(new PastUnit(unit.code(), unit.name(), unit.level(), unit.validity().to(),
                    into.isEmpty() ? "Giải thể" : String.join(", ", into)));
        }
        history.sort(Comparator.comparing((PastUnit p) -> p.level().ordinal()).thenComparing(PastUnit::code));
        return history;
    }

    private List<String> successorNames(UnitId predecessor, LocalDate on) {
        List<String> names = new ArrayList<>();
        for (Succession s : unitHistory.successionsFrom(predecessor)) {
            unitHistory.findById(s.successor(), on).ifPresent(u -> names.add(u.name()));
        }
        return names;
    }
}
