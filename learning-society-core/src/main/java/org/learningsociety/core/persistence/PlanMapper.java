package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.MilestoneRow;
import org.learningsociety.core.persistence.Rows.PhaseRow;
import org.learningsociety.core.persistence.Rows.PlanIndicatorRow;
import org.learningsociety.core.persistence.Rows.PlanLineRow;
import org.learningsociety.core.persistence.Rows.PlanRow;
import org.learningsociety.core.persistence.Rows.TargetRow;
import org.learningsociety.core.persistence.Rows.TaskRow;

/** Statements of {@code PlanMapper.xml}. Reads take a list of plan ids: one query per table, not per plan. */
interface PlanMapper {

    List<PlanRow> findPlans(@Param("ids") List<String> ids);

    List<String> idsByScope(@Param("unitCode") String unitCode);

    List<String> allIds();

    List<PlanLineRow> legalBasisOf(@Param("ids") List<String> ids);

    List<PhaseRow> phasesOf(@Param("ids") List<String> ids);

    List<PlanIndicatorRow> indicatorsOf(@Param("ids") List<String> ids);

    List<TargetRow> targetsOf(@Param("ids") List<String> ids);

    List<MilestoneRow> milestonesOf(@Param("ids") List<String> ids);

    List<TaskRow> tasksOf(@Param("ids") List<String> ids);

    List<Rows.AwardRow> awardsOf(@Param("ids") List<String> ids);

    List<Integer> lockVersion(@Param("id") String id);

    List<String> lockReferenceData();

    void insertPlan(@Param("r") PlanRow row);

    int updatePlan(@Param("r") PlanRow row);

    void deleteLegalBasis(@Param("id") String id);

    void deletePhase(@Param("id") String id);

    void deleteIndicator(@Param("id") String id);

    void deleteTarget(@Param("id") String id);

    void deleteMilestone(@Param("id") String id);

    void deleteTask(@Param("id") String id);

    void deleteAward(@Param("id") String id);

    void insertLegalBasis(@Param("rows") List<PlanLineRow> rows);

    void insertPhases(@Param("rows") List<PhaseRow> rows);

    void insertIndicators(@Param("rows") List<PlanIndicatorRow> rows);

    void insertTargets(@Param("rows") List<TargetRow> rows);

    void insertMilestones(@Param("rows") List<MilestoneRow> rows);

    void insertTasks(@Param("rows") List<TaskRow> rows);

    void insertAwards(@Param("rows") List<Rows.AwardRow> rows);
}
