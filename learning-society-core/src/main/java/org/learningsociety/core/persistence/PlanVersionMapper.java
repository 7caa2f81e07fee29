package org.learningsociety.core.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code PlanVersionMapper.xml}. */
interface PlanVersionMapper {

    int insert(@Param("r") VersionRow row);

    VersionRow find(@Param("planId") String planId, @Param("version") int version);

    /** A plan's versions, newest first. */
    List<VersionRow> of(@Param("planId") String planId);

    /** A row of {@code ls_plan_version}. */
    final class VersionRow {
        long id;
        String planId;
        int version;
        String origin;
        String content;
        String contentSha256;
        String changedBy;
        OffsetDateTime changedAt;
    }
}
