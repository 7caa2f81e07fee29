package org.learningsociety.core.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code AuditMapper.xml}; appends are JDBC batches in {@link MyBatisAuditTrail}. */
interface AuditMapper {

    List<AuditRow> historyOf(@Param("entityType") String entityType, @Param("entityId") long entityId);

    int erase(@Param("entityType") String entityType, @Param("ids") List<Long> ids, @Param("erased") String erased);

    /** A row of {@code ls_audit}. */
    final class AuditRow {
        long id;
        String entityType;
        long entityId;
        String action;
        String actor;
        OffsetDateTime occurredAt;
        String beforeValue;
        String afterValue;
        String reason;
    }
}
