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

    private static final ColumnWrite<AuditRecord> COLUMNS = new ColumnWrite<AuditRecord>()
            .varchar(r -> r.entity().name()).bigint(AuditRecord::entityId).varchar(r -> r.action().name())
            .varchar(AuditRecord::actor).instant(AuditRecord::at).varchar(AuditRecord::before)
            .varchar(AuditRecord::after).varchar(AuditRecord::reason);
    private static final String INSERT_COLUMNS = "ls_audit (entity_type, entity_id, action, actor, occurred_at, "
            + "before_value, after_value, reason)";
    private static final String INSERT = "INSERT INTO " + INSERT_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL gets a batch as one statement over arrays (see {@link ColumnWrite}). */
    private static final String INSERT_POSTGRESQL = "INSERT INTO " + INSERT_COLUMNS + " SELECT * FROM "
            + COLUMNS.unnest();

    private final SqlSession session;
    private final AuditMapper mapper;
    private final Transactions transactions;
    private final boolean postgresql;

    MyBatisAuditTrail(SqlSession session, Transactions transactions, String databaseId) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(AuditMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.postgresql = "postgresql".equals(databaseId);
    }

    @Override
    public void appendAll(Collection<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            if (postgresql) {
                COLUMNS.update(session, INSERT_POSTGRESQL, records);
            } else {
                JdbcBatch.run(session, INSERT, records, COLUMNS::bind);
            }
        });
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
