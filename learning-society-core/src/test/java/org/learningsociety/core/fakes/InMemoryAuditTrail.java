package org.learningsociety.core.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;

/** The audit trail in memory: a list appended to, rolled back with the other fakes. */
public final class InMemoryAuditTrail implements AuditTrail, Snapshotting {

    private List<AuditRecord> records = new ArrayList<>();

    @Override
    public void appendAll(Collection<AuditRecord> appended) {
        List<AuditRecord> all = new ArrayList<>(records);
        all.addAll(appended);
        records = all;
    }

    @Override
    public List<AuditRecord> historyOf(Audited entity, long id) {
        return records.stream().filter(r -> r.entity() == entity && r.entityId() == id).toList();
    }

    @Override
    public int erasePersonalValues(Audited entity, Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<AuditRecord> all = new ArrayList<>(records.size());
        int erased = 0;
        for (AuditRecord r : records) {
            if (r.entity() == entity && wanted.contains(r.entityId())) {
                all.add(r.erased());
                erased++;
            } else {
                all.add(r);
            }
        }
        records = all;
        return erased;
    }

    /** Every record, in the order appended. */
    public List<AuditRecord> all() {
        return List.copyOf(records);
    }

    @Override
    public Object snapshot() {
        return List.copyOf(records);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        records = new ArrayList<>((List<AuditRecord>) snapshot);
    }
}
