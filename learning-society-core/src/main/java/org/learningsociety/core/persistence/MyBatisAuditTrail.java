package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.Transactions;

/** The audit trail in {@code ls_audit}: appended as JDBC batches in the caller's transaction. */
final class MyBatisAuditTrail implements AuditTrail {

    private static final String INSERT = "INSERT INTO ls_audit (entity_type, entity_id, action, actor, occurred_at, "
            + "before_value, after_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final SqlSession session;
    private final AuditMapper mapper;
    private final Transactions transactions;

    MyBatisAuditTrail(SqlSession session, Transactions transactions) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(AuditMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public void appendAll(Collection<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.run(() -> JdbcBatch.run(session, INSERT, records, (insert, r) -> {
            insert.setString(1, r.entity().name());
            insert.setLong(2, r.entityId());
            insert.setString(3, r.action().name());
            insert.setString(4, r.actor());
            JdbcBatch.setInstant(insert, 5, r.at());
            JdbcBatch.setString(insert, 6, r.before());
            JdbcBatch.setString(insert, 7, r.after());
            JdbcBatch.setString(insert, 8, r.reason());
        }));
    }

    @Override
    public List<AuditRecord> historyOf(Audited entity, long id) {
        return mapper.historyOf(entity.name(), id).stream().map(row -> new AuditRecord(
                Audited.valueOf(row.entityType), row.entityId, AuditAction.valueOf(row.action), row.actor,
                row.occurredAt.toInstant(), row.beforeValue, row.afterValue, row.reason)).toList();
    }

    @Override
    public int erasePersonalValues(Audited entity, Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            int erased = 0;
            for (List<Long> chunk : Chunks.of(distinct)) {
                erased += mapper.erase(entity.name(), chunk, AuditRecord.ERASED);
            }
            return erased;
        });
    }
}
