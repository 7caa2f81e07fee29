package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.DecisionRow;

/** Statements of {@code DecisionMapper.xml}. */
interface DecisionMapper {

    void insert(@Param("r") DecisionRow row);

    List<DecisionRow> findById(@Param("id") long id);

    List<DecisionRow> findByNumber(@Param("issuingUnitId") long issuingUnitId, @Param("year") int year,
            @Param("number") String number);

    List<DecisionRow> find(@Param("unitIds") IdArray unitIds, @Param("year") Integer year, @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("unitIds") IdArray unitIds, @Param("year") Integer year);
}
