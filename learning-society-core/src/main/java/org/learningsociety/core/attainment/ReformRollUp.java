package org.learningsociety.core.attainment;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitId;

/**
 * Rolls records of past units up into today's: a report on a date counts, towards each of its
 * units, the records of the units that went wholly into it (as many reforms deep as they go) and of
 * their villages that were not moved elsewhere. Units that went only partly into one keep their
 * records until the portal re-assigns them; they are reported as pending.
 */
public class ReformRollUp implements RecordUnits {

    private final AdministrativeUnits units;

    public ReformRollUp(AdministrativeUnits units) {
        this.units = Objects.requireNonNull(units);
    }

    @Override
    public Map<UnitId, UnitId> recordUnitsFor(Collection<UnitId> reportUnits, LocalDate on) {
        return resolve(reportUnits, on).towards();
    }

    @Override
    public Map<UnitId, Set<UnitId>> pendingFor(Collection<UnitId> reportUnits, LocalDate on) {
        return resolve(reportUnits, on).pending();
    }

    @Override
    public Resolution resolve(Collection<UnitId> reportUnits, LocalDate on) {
        Map<UnitId, UnitId> towards = new HashMap<>();
        reportUnits.forEach(u -> towards.put(u, u));
        Map<UnitId, Set<UnitId>> pending = new HashMap<>();
        Set<UnitId> visited = new HashSet<>(reportUnits);
        Set<UnitId> inReport = new HashSet<>(reportUnits);
        Deque<UnitId> frontier = new ArrayDeque<>(reportUnits);
        while (!frontier.isEmpty()) {
            List<UnitId> batch = List.copyOf(frontier);
            frontier.clear();
            for (Succession succession : units.successionsInto(batch)) {
                if (succession.effectiveOn().isAfter(on)) {
                    continue;
                }
                UnitId target = towards.get(succession.successor());
                UnitId predecessor = succession.predecessor();
                if (target == null || inReport.contains(predecessor) || units.findById(predecessor, on).isPresent()) {
                    continue; // a unit still valid on the date reports on its own
                }
                Set<UnitId> recordUnits = withItsPastDescendants(predecessor, succession.effectiveOn(), reportUnits, on);
                if (succession.kind() == Succession.Kind.WHOLE) {
                    // a record goes to the most specific unit it went into: the commune a commune went
                    // into, not the province an old province went into
                    recordUnits.forEach(u -> {
                        UnitId current = towards.get(u);
                        if (current == null || (!inReport.contains(u) && depth(target, on) > depth(current, on))) {
                            towards.put(u, target);
                        }
                    });
                    pending.keySet().removeAll(recordUnits);
                    if (visited.add(predecessor)) {
                        frontier.add(predecessor);
                    }
                } else {
                    recordUnits.stream().filter(u -> !towards.containsKey(u))
                            .forEach(u -> pending.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(target));
                }
            }
        }
        return new Resolution(towards, pending);
    }

    private final Map<UnitId, Integer> depths = new java.util.concurrent.ConcurrentHashMap<>();

    private int depth(UnitId unit, LocalDate on) {
        return depths.computeIfAbsent(unit, id -> units.findById(id, on).map(u -> u.level().ordinal()).orElse(0));
    }

    /** The unit and the units below it on its last day, except those that are part of the report on their own. */
    private Set<UnitId> withItsPastDescendants(UnitId predecessor, LocalDate effectiveOn, Collection<UnitId> reportUnits,
            LocalDate on) {
        Set<UnitId> result = new LinkedHashSet<>();
        result.add(predecessor);
        LocalDate lastDay = effectiveOn.minusDays(1);
        Set<UnitId> inReport = new HashSet<>(reportUnits);
        for (AdministrativeUnit below : units.descendantsOf(predecessor, lastDay)) {
            boolean movedIntoTheReport = inReport.contains(below.id());
            boolean stillUnderAnotherParent = units.findById(below.id(), on)
                    .map(now -> !now.parent().equals(below.parent()) && !inReport.contains(now.parent()))
                    .orElse(false);
            if (!movedIntoTheReport && !stillUnderAnotherParent) {
                result.add(below.id());
            }
        }
        return result;
    }
}
