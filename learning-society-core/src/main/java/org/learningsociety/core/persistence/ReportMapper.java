package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.ReportRows.LineRow;
import org.learningsociety.core.persistence.ReportRows.MissingChildRow;
import org.learningsociety.core.persistence.ReportRows.PastUnitRow;
import org.learningsociety.core.persistence.ReportRows.ReportRow;

/** Statements of {@code ReportMapper.xml}. */
interface ReportMapper {

    void insert(@Param("r") ReportRow row);

    int update(@Param("r") ReportRow row);

    List<ReportRow> findByIds(@Param("ids") List<Long> ids);

    List<ReportRow> findByUnits(@Param("units") List<Long> units, @Param("programme") String programme,
            @Param("chain") String chain, @Param("from") int from, @Param("to") int to);

    void insertLines(@Param("rows") List<LineRow> rows);

    void insertMissingChildren(@Param("rows") List<MissingChildRow> rows);

    void insertPastUnits(@Param("rows") List<PastUnitRow> rows);

    void deleteLines(@Param("reportId") long reportId);

    void deleteMissingChildren(@Param("reportId") long reportId);

    void deletePastUnits(@Param("reportId") long reportId);

    List<LineRow> linesOf(@Param("ids") List<Long> reportIds);

    List<MissingChildRow> missingChildrenOf(@Param("ids") List<Long> reportIds);

    List<PastUnitRow> pastUnitsOf(@Param("ids") List<Long> reportIds);
}
