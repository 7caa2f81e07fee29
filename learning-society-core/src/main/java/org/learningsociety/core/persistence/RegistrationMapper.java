package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.EvidenceRow;
import org.learningsociety.core.persistence.Rows.RegistrationRow;
import org.learningsociety.core.persistence.Rows.StatusCountRow;

/** Statements of {@code RegistrationMapper.xml}; the versioned update is a JDBC batch in {@link MyBatisRegistrations}. */
interface RegistrationMapper {

    List<RegistrationRow> findByIds(@Param("ids") IdArray ids);

    /** The evidence of {@code registrationIds}, all of {@code year} if not null (V21: its partitions only). */
    List<EvidenceRow> evidenceOf(@Param("ids") IdArray registrationIds, @Param("year") Integer year);

    List<RegistrationRow> findByUnit(@Param("unitId") long unitId, @Param("year") int year,
            @Param("model") String model);

    List<EvidenceRow> evidenceByUnit(@Param("unitId") long unitId, @Param("year") int year,
            @Param("model") String model);

    List<RegistrationRow> find(@Param("unitIds") IdArray unitIds, @Param("year") int year,
            @Param("model") String model, @Param("status") String status, @Param("decisionId") Long decisionId,
            @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("unitIds") IdArray unitIds, @Param("year") int year, @Param("model") String model,
            @Param("status") String status, @Param("decisionId") Long decisionId);

    List<Long> registeredAmong(@Param("subjectIds") IdArray subjectIds, @Param("year") int year);

    Long idOf(@Param("subjectId") long subjectId, @Param("year") int year);

    /** The stored versions of {@code ids}, locking their rows until the transaction ends. */
    List<RegistrationRow> lockVersions(@Param("ids") IdArray ids, @Param("years") List<Integer> years);

    void deleteEvidence(@Param("ids") IdArray registrationIds, @Param("years") List<Integer> years,
            @Param("provinces") List<String> provinces);

    List<StatusCountRow> countByStatus(@Param("unitIds") IdArray unitIds, @Param("year") int year,
            @Param("model") String model);
}
