package org.learningsociety.core.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.unit.UnitId;

/** Issued decisions in memory; a number is unique per issuing unit. */
public final class InMemoryDecisions implements Decisions, Snapshotting {

    private record State(Map<DecisionId, Decision> rows, long nextId) { }

    private Map<DecisionId, Decision> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public DecisionId nextId() {
        return new DecisionId(nextId++);
    }

    @Override
    public void add(Decision decision) {
        if (rows.containsKey(decision.id())) {
            throw new ConflictException("decisionId", decision.id(), "Trùng mã quyết định");
        }
        if (findByNumber(decision.issuingUnit(), decision.year(), decision.number()).isPresent()) {
            throw new ConflictException("decisionNumber", decision.number(), "Số quyết định đã được dùng");
        }
        Map<DecisionId, Decision> all = new LinkedHashMap<>(rows);
        all.put(decision.id(), decision);
        rows = all;
    }

    @Override
    public Optional<Decision> findById(DecisionId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Decision> findByNumber(UnitId issuingUnit, int year, String number) {
        return rows.values().stream()
                .filter(d -> d.issuingUnit().equals(issuingUnit) && d.year() == year && d.number().equals(number))
                .findFirst();
    }

    @Override
    public Page<Decision> find(Set<UnitId> issuingUnits, Integer year, PageRequest page) {
        return Page.slice(rows.values().stream()
                .filter(d -> issuingUnits.contains(d.issuingUnit()) && (year == null || d.year() == year))
                .sorted(Comparator.comparing(Decision::date).thenComparing(d -> d.id().value()).reversed())
                .toList(), page);
    }

    public List<Decision> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public Object snapshot() {
        return new State(Map.copyOf(rows), nextId);
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        rows = new LinkedHashMap<>(state.rows());
        nextId = state.nextId();
    }
}
