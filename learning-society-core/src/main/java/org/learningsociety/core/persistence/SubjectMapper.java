package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.SubjectRow;

/** Statements of {@code SubjectMapper.xml}. */
interface SubjectMapper {

    List<SubjectRow> findByIds(@Param("ids") IdArray ids);

    List<SubjectRow> findByExternalId(@Param("model") String model, @Param("externalId") String externalId);

    List<String> existingExternalIds(@Param("model") String model, @Param("externalIds") List<String> externalIds);

    /** {@code name} is a lower-case LIKE pattern escaped with {@code !}; null fields do not filter. */
    List<SubjectRow> find(@Param("unitIds") IdArray unitIds, @Param("model") String model,
            @Param("externalId") String externalId, @Param("name") String name, @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("unitIds") IdArray unitIds, @Param("model") String model,
            @Param("externalId") String externalId, @Param("name") String name);

    List<SubjectRow> findByExternalIds(@Param("model") String model, @Param("externalIds") List<String> externalIds);

    List<SubjectRow> findByUnit(@Param("unitId") long unitId, @Param("model") String model);

    SubjectRow lockForMove(@Param("id") long id);

    int moveTo(@Param("id") long id, @Param("unitId") long unitId);
}
