package org.learningsociety.core.fakes;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitId;

/** Units and successions in memory; two versions of one unit may not overlap in time. */
public final class InMemoryAdministrativeUnits implements AdministrativeUnits, Snapshotting {

    /** New ids start here, above the ids fixtures choose. */
    public static final long FIRST_GENERATED_ID = 1000;

    private record State(List<AdministrativeUnit> versions, List<Succession> successions, long nextId) { }

    private List<AdministrativeUnit> versions = new ArrayList<>();
    private List<Succession> successions = new ArrayList<>();
    private long nextId = FIRST_GENERATED_ID;

    @Override
    public Optional<AdministrativeUnit> findByCode(String code, LocalDate date) {
        return versions.stream().filter(v -> v.code().equals(code) && v.isValidOn(date)).findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findLatestByCode(String code) {
        return versions.stream().filter(v -> v.code().equals(code))
                .max(java.util.Comparator.comparing((AdministrativeUnit v) -> v.validity().from()));
    }

    @Override
    public Optional<AdministrativeUnit> findById(UnitId id, LocalDate date) {
        return versions.stream().filter(v -> v.id().equals(id) && v.isValidOn(date)).findFirst();
    }

    @Override
    public List<AdministrativeUnit> versionsOf(UnitId id) {
        return versions.stream().filter(v -> v.id().equals(id))
                .sorted(Comparator.comparing(v -> v.validity().from())).toList();
    }

    @Override
    public List<AdministrativeUnit> childrenOf(UnitId parent, LocalDate date) {
        return versions.stream().filter(v -> parent.equals(v.parent()) && v.isValidOn(date)).toList();
    }

    @Override
    public List<AdministrativeUnit> descendantsOf(UnitId root, LocalDate date) {
        List<AdministrativeUnit> found = new ArrayList<>();
        Deque<UnitId> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            for (AdministrativeUnit child : childrenOf(toVisit.pop(), date)) {
                found.add(child);
                toVisit.add(child.id());
            }
        }
        return found;
    }

    @Override
    public UnitId nextIds(int count) {
        UnitId first = new UnitId(nextId);
        nextId += count;
        return first;
    }

    @Override
    public void add(AdministrativeUnit version) {
        addAll(List.of(version));
    }

    @Override
    public void addAll(Collection<AdministrativeUnit> newVersions) {
        List<AdministrativeUnit> all = new ArrayList<>(versions);
        for (AdministrativeUnit version : newVersions) {
            boolean overlaps = all.stream().anyMatch(v -> v.id().equals(version.id()) && overlap(v, version));
            if (overlaps) {
                throw new ConflictException("validFrom", version.validity().from(),
                        "Đơn vị " + version.id() + " đã có phiên bản hiệu lực trong khoảng thời gian này");
            }
            all.add(version);
        }
        versions = all;
    }

    private static boolean overlap(AdministrativeUnit a, AdministrativeUnit b) {
        boolean aEndsBeforeB = a.validity().to() != null && a.validity().to().isBefore(b.validity().from());
        boolean bEndsBeforeA = b.validity().to() != null && b.validity().to().isBefore(a.validity().from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    @Override
    public void closeVersion(UnitId id, LocalDate lastDay) {
        AdministrativeUnit open = versions.stream().filter(v -> v.id().equals(id) && v.validity().isOpen())
                .findFirst().orElseThrow(() -> new NotFoundException("unitId", id, "Đơn vị không có phiên bản đang hiệu lực"));
        List<AdministrativeUnit> changed = new ArrayList<>(versions);
        changed.set(changed.indexOf(open), new AdministrativeUnit(open.id(), open.code(), open.name(), open.level(),
                open.parent(), open.validity().endingOn(lastDay), open.areaType()));
        versions = changed;
    }

    @Override
    public void addSuccessions(Collection<Succession> added) {
        List<Succession> all = new ArrayList<>(successions);
        all.addAll(added);
        successions = all;
    }

    @Override
    public List<Succession> successionsFrom(UnitId predecessor) {
        return successions.stream().filter(s -> s.predecessor().equals(predecessor)).toList();
    }

    @Override
    public List<Succession> successionsInto(java.util.Collection<UnitId> successors) {
        java.util.Set<UnitId> wanted = new java.util.HashSet<>(successors);
        return successions.stream().filter(s -> wanted.contains(s.successor())).toList();
    }

    @Override
    public Object snapshot() {
        return new State(List.copyOf(versions), List.copyOf(successions), nextId);
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        versions = new ArrayList<>(state.versions());
        successions = new ArrayList<>(state.successions());
        nextId = state.nextId();
    }
}
