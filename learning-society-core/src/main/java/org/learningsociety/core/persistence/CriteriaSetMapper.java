package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.CriteriaAuthorityRow;
import org.learningsociety.core.persistence.Rows.CriteriaSetRow;
import org.learningsociety.core.persistence.Rows.CriterionIndicatorRow;
import org.learningsociety.core.persistence.Rows.CriterionRow;

/** Statements of {@code CriteriaSetMapper.xml}. */
interface CriteriaSetMapper {

    List<CriteriaSetRow> findById(@Param("id") long id);

    List<CriteriaSetRow> findByKey(@Param("key") String key);

    List<CriteriaSetRow> findByModel(@Param("model") String model);

    List<CriterionRow> criteriaOf(@Param("ids") List<Long> setIds);

    List<CriterionIndicatorRow> indicatorsOf(@Param("ids") List<Long> setIds);

    List<CriteriaAuthorityRow> authoritiesOf(@Param("ids") List<Long> setIds);

    void insertSet(@Param("r") CriteriaSetRow row);

    void insertAuthorities(@Param("rows") List<CriteriaAuthorityRow> rows);

    void insertCriteria(@Param("rows") List<CriterionRow> rows);

    void insertIndicators(@Param("rows") List<CriterionIndicatorRow> rows);
}
