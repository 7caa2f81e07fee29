package org.learningsociety.core.fakes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.membership.Membership;
import org.learningsociety.core.membership.MembershipId;
import org.learningsociety.core.membership.Memberships;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.SubjectId;

/** Member lists in memory, in the order added; rows are added and ended, never deleted. */
public final class InMemoryMemberships implements Memberships, Snapshotting {

    private Map<MembershipId, Membership> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public List<Membership> ofGroup(SubjectId group) {
        return rows.values().stream().filter(m -> m.group().equals(group)).toList();
    }

    @Override
    public void lockGroup(SubjectId group) {
        // one thread at a time in the fakes
    }

    @Override
    public MembershipId nextIds(int count) {
        long first = nextId;
        nextId += count;
        return new MembershipId(first);
    }

    @Override
    public void addAll(Collection<Membership> memberships) {
        Map<MembershipId, Membership> all = new LinkedHashMap<>(rows);
        for (Membership membership : memberships) {
            if (all.putIfAbsent(membership.id(), membership) != null) {
                throw new ConflictException("membershipId", membership.id(), "Trùng mã thành viên");
            }
        }
        rows = all;
    }

    @Override
    public void endAll(Collection<Membership> ended) {
        Map<MembershipId, Membership> all = new LinkedHashMap<>(rows);
        for (Membership membership : ended) {
            Membership stored = all.get(membership.id());
            if (stored == null) {
                throw new NotFoundException("membershipId", membership.id(), "Không có thành viên này");
            }
            all.put(stored.id(), stored.endedOn(membership.until()));
        }
        rows = all;
    }

    /** Every membership ever stored, ended ones included, in the order added. */
    public List<Membership> all() {
        return List.copyOf(rows.values());
    }

    /** The rows; not the next id, which a rollback does not give back (as with the database's id blocks). */
    @Override
    public Object snapshot() {
        return List.copyOf(rows.values());
    }

    @Override
    public void restore(Object snapshot) {
        rows = new LinkedHashMap<>();
        ((List<?>) snapshot).forEach(row -> rows.put(((Membership) row).id(), (Membership) row));
    }
}
