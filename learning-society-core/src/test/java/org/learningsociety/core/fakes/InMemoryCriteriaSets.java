package org.learningsociety.core.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;

/** Criteria set versions in memory; a stored version is never changed and its key is unique. */
public final class InMemoryCriteriaSets implements CriteriaSets, Snapshotting {

    private record State(List<CriteriaSet> rows, long nextId) { }

    private List<CriteriaSet> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<CriteriaSet> findById(CriteriaSetId id) {
        return rows.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public Optional<CriteriaSet> findByKey(String key) {
        return rows.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    @Override
    public List<CriteriaSet> findByModel(LearningModel model) {
        return rows.stream().filter(s -> s.model() == model)
                .sorted(Comparator.comparingInt(CriteriaSet::validFromYear)
                        .thenComparingLong(s -> s.id().value()))
                .toList();
    }

    @Override
    public CriteriaSet add(CriteriaSet set) {
        if (findByKey(set.key()).isPresent()) {
            throw new ConflictException("key", set.key(), "Đã có phiên bản bộ tiêu chí này");
        }
        CriteriaSet stored = set.withId(new CriteriaSetId(nextId++));
        List<CriteriaSet> all = new ArrayList<>(rows);
        all.add(stored);
        rows = all;
        return stored;
    }

    @Override
    public Object snapshot() {
        return new State(List.copyOf(rows), nextId);
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        rows = new ArrayList<>(state.rows());
        nextId = state.nextId();
    }
}
