package org.learningsociety.core.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.shared.ConflictException;

/** Plans in memory: saving replaces the stored plan of the same id unless it is older. */
public final class InMemoryPlans implements Plans, Snapshotting {

    private Map<String, Plan> rows = new LinkedHashMap<>();

    @Override
    public Optional<Plan> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Plan> findByScope(String unitCode) {
        return rows.values().stream().filter(p -> p.scope().unitCode().equals(unitCode)).toList();
    }

    @Override
    public List<Plan> findAll() {
        return List.copyOf(rows.values());
    }

    @Override
    public void save(Plan plan) {
        Plan stored = rows.get(plan.id());
        if (stored != null && stored.version() > plan.version()) {
            throw new ConflictException("version", plan.version(),
                    "Kế hoạch " + plan.id() + " đã có phiên bản mới hơn (" + stored.version() + ")");
        }
        Map<String, Plan> all = new LinkedHashMap<>(rows);
        all.put(plan.id(), plan);
        rows = all;
    }

    @Override
    public Object snapshot() {
        return Map.copyOf(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<String, Plan>) snapshot);
    }
}
