package org.learningsociety.core.persistence;

import java.sql.Date;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.membership.Membership;
import org.learningsociety.core.membership.MembershipId;
import org.learningsociety.core.membership.Memberships;
import org.learningsociety.core.persistence.Rows.MembershipRow;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.SubjectId;

/** Member lists in {@code ls_membership}: rows are added and ended, never deleted. */
final class MyBatisMemberships implements Memberships {

    private static final String INSERT = "INSERT INTO ls_membership (id, group_id, person_id, member_role, "
            + "member_from, member_until) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String END = "UPDATE ls_membership SET member_until = ? WHERE id = ?";

    private final SqlSession session;
    private final MembershipMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisMemberships(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(MembershipMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public List<Membership> ofGroup(SubjectId group) {
        return mapper.ofGroup(group.value()).stream().map(MyBatisMemberships::toMembership).toList();
    }

    @Override
    public void lockGroup(SubjectId group) {
        if (mapper.lockGroup(group.value()) == null) {
            throw new NotFoundException("subjectId", group, "Không có đối tượng này");
        }
    }

    @Override
    public MembershipId nextIds(int count) {
        return new MembershipId(ids.reserve(IdBlocks.MEMBERSHIP, count));
    }

    @Override
    public void addAll(Collection<Membership> memberships) {
        if (memberships.isEmpty()) {
            return;
        }
        transactions.run(() -> JdbcBatch.run(session, INSERT, memberships, (statement, m) -> {
            statement.setLong(1, m.id().value());
            statement.setLong(2, m.group().value());
            statement.setLong(3, m.person().value());
            statement.setString(4, m.role().name());
            statement.setDate(5, Date.valueOf(m.from()));
            if (m.until() == null) {
                statement.setNull(6, Types.DATE);
            } else {
                statement.setDate(6, Date.valueOf(m.until()));
            }
        }));
    }

    @Override
    public void endAll(Collection<Membership> ended) {
        if (ended.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            int[] counts = JdbcBatch.run(session, END, ended, (statement, m) -> {
                statement.setDate(1, Date.valueOf(Objects.requireNonNull(m.until(), "until")));
                statement.setLong(2, m.id().value());
            });
            int i = 0;
            for (Membership membership : ended) {
                // a driver may answer SUCCESS_NO_INFO (-2) for a row of a batch; only 0 means not found
                if (counts[i++] == 0) {
                    throw new NotFoundException("membershipId", membership.id(), "Không có thành viên này");
                }
            }
        });
    }

    private static Membership toMembership(MembershipRow row) {
        return new Membership(new MembershipId(row.id), new SubjectId(row.groupId), new SubjectId(row.personId),
                MemberRole.valueOf(row.memberRole), row.memberFrom, row.memberUntil);
    }
}
