package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.UnitCountsRow;

/** Statements of {@code CountMapper.xml}. */
interface CountMapper {

    List<UnitCountsRow> countsByUnit(@Param("unitIds") IdArray unitIds, @Param("year") int year,
            @Param("model") String model);

    List<UnitCountsRow> registrationsBySubjectUnit(@Param("unitIds") IdArray unitIds, @Param("year") int year,
            @Param("model") String model);
}
