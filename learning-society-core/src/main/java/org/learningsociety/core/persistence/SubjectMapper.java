package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.SubjectRow;

/** Statements of {@code SubjectMapper.xml}. */
interface SubjectMapper {

    List<SubjectRow> findByIds(@Param("ids") IdArray ids);

    List<SubjectRow> findByExternalId(@Param("model") String model, @Param("externalId") String externalId);

    List<String> existingExternalIds(@Param("model") String model, @Param("externalIds") List<String> externalIds);

    List<SubjectRow> findByExternalIds(@Param("model") String model, @Param("externalIds") List<String> externalIds);

    List<SubjectRow> findByUnit(@Param("unitId") long unitId, @Param("model") String model);

    SubjectRow lockForMove(@Param("id") long id);

    int moveTo(@Param("id") long id, @Param("unitId") long unitId);
}
