package org.learningsociety.core.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code IndicatorValueMapper.xml}. */
interface IndicatorValueMapper {

    List<ValueRow> findByUnits(@Param("unitIds") IdArray unitIds, @Param("year") int year);

    ValueRow find(@Param("unitId") long unitId, @Param("year") int year, @Param("indicator") String indicator);

    int insert(@Param("r") ValueRow row);

    /** Replaces the row stored at {@code r.version}; 0 when it is not (changed meanwhile, or gone). */
    int update(@Param("r") ValueRow row);

    Long idOf(@Param("unitId") long unitId, @Param("year") int year, @Param("indicator") String indicator);

    /** A row of {@code ls_indicator_value}. */
    final class ValueRow {
        long id;
        long unitId;
        int year;
        String indicator;
        Long numerator;
        Long denominator;
        Boolean answer;
        String note;
        String enteredBy;
        OffsetDateTime enteredAt;
        int version;
    }
}
