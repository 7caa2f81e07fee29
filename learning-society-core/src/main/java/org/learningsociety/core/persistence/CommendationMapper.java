package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.CommendationRow;

/** Statements of {@code CommendationMapper.xml}. */
interface CommendationMapper {

    void insertAll(@Param("rows") List<CommendationRow> rows);

    List<CommendationRow> findByIds(@Param("ids") List<Long> ids);

    List<CommendationRow> findByRegistration(@Param("registrationId") long registrationId);

    List<CommendationRow> find(@Param("unitIds") IdArray unitIds, @Param("year") Integer year,
            @Param("status") String status, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("unitIds") IdArray unitIds, @Param("year") Integer year, @Param("status") String status);

    List<CommendationRow> findByDecision(@Param("decisionId") long decisionId);

    int update(@Param("r") CommendationRow row);
}
