package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.EvidenceRow;
import org.learningsociety.core.persistence.Rows.RegistrationRow;
import org.learningsociety.core.persistence.Rows.StatusCountRow;

/** Statements of {@code RegistrationMapper.xml}; the versioned update is a JDBC batch in {@link MyBatisRegistrations}. */
interface RegistrationMapper {

    List<RegistrationRow> findByIds(@Param("ids") List<Long> ids);

    List<EvidenceRow> evidenceOf(@Param("ids") List<Long> registrationIds);

    List<RegistrationRow> findByUnit(@Param("unitId") long unitId, @Param("year") int year,
            @Param("model") String model);

    List<EvidenceRow> evidenceByUnit(@Param("unitId") long unitId, @Param("year") int year,
            @Param("model") String model);

    List<Long> registeredAmong(@Param("subjectIds") List<Long> subjectIds, @Param("year") int year);

    /** The stored versions of {@code ids}, locking their rows until the transaction ends. */
    List<RegistrationRow> lockVersions(@Param("ids") List<Long> ids);

    void deleteEvidence(@Param("ids") List<Long> registrationIds);

    List<StatusCountRow> countByStatus(@Param("unitIds") List<Long> unitIds, @Param("year") int year,
            @Param("model") String model);
}
