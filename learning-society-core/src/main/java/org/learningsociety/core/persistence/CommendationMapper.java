package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.CommendationRow;

/** Statements of {@code CommendationMapper.xml}. */
interface CommendationMapper {

    void insertAll(@Param("rows") List<CommendationRow> rows);

    List<CommendationRow> findByIds(@Param("ids") List<Long> ids);

    List<CommendationRow> findByRegistration(@Param("registrationId") long registrationId);

    int update(@Param("r") CommendationRow row);
}
