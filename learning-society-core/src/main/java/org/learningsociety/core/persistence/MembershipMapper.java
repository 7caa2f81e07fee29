package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.CitizenCountRow;
import org.learningsociety.core.persistence.Rows.MembershipRow;

/** Statements of {@code MembershipMapper.xml}. */
interface MembershipMapper {

    List<MembershipRow> ofGroup(@Param("groupId") long groupId);

    Long lockGroup(@Param("groupId") long groupId);

    List<CitizenCountRow> citizenCounts(@Param("unitIds") IdArray unitIds, @Param("year") int year,
            @Param("model") String model, @Param("role") String role, @Param("on") LocalDate on);
}
