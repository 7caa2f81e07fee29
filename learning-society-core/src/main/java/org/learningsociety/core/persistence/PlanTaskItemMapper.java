package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code PlanTaskItemMapper.xml}. */
interface PlanTaskItemMapper {

    List<ItemRow> findByUnit(@Param("unitId") long unitId, @Param("year") int year);

    ItemRow find(@Param("id") long id);

    int insertMissing(@Param("r") ItemRow row);

    /** Replaces the row stored at {@code r.version}; 0 when it is not (changed meanwhile, or gone). */
    int update(@Param("r") ItemRow row);

    int refreshDueDate(@Param("id") long id, @Param("planVersion") int planVersion,
            @Param("dueDate") LocalDate dueDate);

    /** A row of {@code ls_plan_task_item}. */
    final class ItemRow {
        long id;
        String planId;
        int planVersion;
        int taskNumber;
        long unitId;
        String unitCode;
        String body;
        int year;
        LocalDate dueDate;
        String status;
        String setBy;
        OffsetDateTime setAt;
        String note;
        int version;
    }
}
