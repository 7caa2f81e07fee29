package org.learningsociety.core.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code PersonalDataMapper.xml}. */
interface PersonalDataMapper {

    List<Long> registrationsOf(@Param("subjectId") long subjectId);

    int pseudonymise(@Param("subjectId") long subjectId, @Param("name") String name,
            @Param("externalId") String externalId);

    int deleteEvidence(@Param("ids") List<Long> registrationIds);

    List<Long> holdingEvidenceRegisteredBefore(@Param("cutoff") OffsetDateTime cutoff);
}
