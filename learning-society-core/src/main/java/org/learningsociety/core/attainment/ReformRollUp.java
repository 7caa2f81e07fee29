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
import java.util.Optional;
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
        // what the successions need of the units, read for a whole batch at once: a national report
        // meets ten thousand past units, which one query each would take tens of seconds to read
        Map<UnitId, Optional<AdministrativeUnit>> onTheDate = new HashMap<>();
        Map<Past, Set<UnitId>> pastDescendants = new HashMap<>();
        while (!frontier.isEmpty()) {
            List<UnitId> batch = List.copyOf(frontier);
            frontier.clear();
            List<Succession> successions = units.successionsInto(batch).stream()
                    .filter(s -> !s.effectiveOn().isAfter(on)).toList();
            readOnTheDate(successions.stream().flatMap(s -> java.util.stream.Stream.of(s.predecessor(), s.successor()))
                    .toList(), on, onTheDate);
            readPastDescendants(successions.stream().filter(s -> !inReport.contains(s.predecessor())
                    && onTheDate.get(s.predecessor()).isEmpty()).toList(), inReport, on, onTheDate, pastDescendants);
            for (Succession succession : successions) {
                UnitId target = towards.get(succession.successor());
                UnitId predecessor = succession.predecessor();
                if (target == null || inReport.contains(predecessor) || onTheDate.get(predecessor).isPresent()) {
                    continue; // a unit still valid on the date reports on its own
                }
                Set<UnitId> recordUnits = new LinkedHashSet<>(
                        pastDescendants.get(key(predecessor, succession.effectiveOn())));
                if (succession.kind() == Succession.Kind.WHOLE) {
                    // a record goes to the most specific unit it went into: the commune a commune went
                    // into, not the province an old province went into
                    recordUnits.forEach(u -> {
                        UnitId current = towards.get(u);
                        if (current == null || (!inReport.contains(u) && depth(target, on, onTheDate) > depth(current, on, onTheDate))) {
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

    /** Reads, in one go, the versions on {@code on} of those of {@code ids} not read yet (empty: not valid then). */
    private void readOnTheDate(Collection<UnitId> ids, LocalDate on, Map<UnitId, Optional<AdministrativeUnit>> read) {
        List<UnitId> unread = ids.stream().filter(id -> !read.containsKey(id)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<UnitId, AdministrativeUnit> found = units.findByIds(unread, on);
        unread.forEach(id -> read.put(id, Optional.ofNullable(found.get(id))));
    }

    /**
     * For each succession's predecessor (not yet worked out for its date): the unit and the units below
     * it on its last day, except those that are part of the report on their own or still under another
     * parent on {@code on}; one query for the subtrees of a date, one for their units on {@code on}.
     */
    private void readPastDescendants(List<Succession> successions, Set<UnitId> inReport, LocalDate on,
            Map<UnitId, Optional<AdministrativeUnit>> onTheDate, Map<Past, Set<UnitId>> result) {
        Map<LocalDate, Set<UnitId>> byEffectiveDay = new HashMap<>();
        for (Succession s : successions) {
            if (!result.containsKey(key(s.predecessor(), s.effectiveOn()))) {
                byEffectiveDay.computeIfAbsent(s.effectiveOn(), d -> new LinkedHashSet<>()).add(s.predecessor());
            }
        }
        for (var day : byEffectiveDay.entrySet()) {
            Map<UnitId, List<AdministrativeUnit>> below = units.descendantsOfEach(day.getValue(),
                    day.getKey().minusDays(1));
            readOnTheDate(below.values().stream().flatMap(List::stream).map(AdministrativeUnit::id).toList(), on,
                    onTheDate);
            for (UnitId predecessor : day.getValue()) {
                Set<UnitId> recordUnits = new LinkedHashSet<>();
                recordUnits.add(predecessor);
                for (AdministrativeUnit unit : below.getOrDefault(predecessor, List.of())) {
                    boolean movedIntoTheReport = inReport.contains(unit.id());
                    boolean stillUnderAnotherParent = onTheDate.get(unit.id())
                            .map(now -> !now.parent().equals(unit.parent()) && !inReport.contains(now.parent()))
                            .orElse(false);
                    if (!movedIntoTheReport && !stillUnderAnotherParent) {
                        recordUnits.add(unit.id());
                    }
                }
                result.put(key(predecessor, day.getKey()), recordUnits);
            }
        }
    }

    /** The key of a predecessor's past descendants: a unit may be succeeded on more than one day. */
    private record Past(UnitId predecessor, LocalDate effectiveOn) {
    }

    private static Past key(UnitId predecessor, LocalDate effectiveOn) {
        return new Past(predecessor, effectiveOn);
    }

    private final Map<UnitId, Integer> depths = new java.util.concurrent.ConcurrentHashMap<>();

    private int depth(UnitId unit, LocalDate on, Map<UnitId, Optional<AdministrativeUnit>> onTheDate) {
        return depths.computeIfAbsent(unit, id -> (onTheDate.containsKey(id) ? onTheDate.get(id)
                : units.findById(id, on)).map(u -> u.level().ordinal()).orElse(0));
    }
}
