package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.SuccessionRow;
import org.learningsociety.core.persistence.Rows.UnitRow;

/** Statements of {@code UnitMapper.xml}. */
interface UnitMapper {

    List<Long> lockByCode(@Param("code") String code);

    List<UnitRow> findByCode(@Param("code") String code, @Param("on") LocalDate on);

    List<UnitRow> findLatestByCode(@Param("code") String code);

    List<UnitRow> findByCodes(@Param("codes") List<String> codes, @Param("on") LocalDate on);

    List<UnitRow> findById(@Param("id") long id, @Param("on") LocalDate on);

    List<UnitRow> findByIds(@Param("ids") IdArray ids, @Param("on") LocalDate on);

    List<UnitRow> descendantsOfAll(@Param("roots") IdArray roots, @Param("on") LocalDate on);

    List<UnitRow> versionsOf(@Param("id") long id);

    List<UnitRow> childrenOf(@Param("parent") long parent, @Param("on") LocalDate on);

    List<UnitRow> descendantsOf(@Param("root") long root, @Param("on") LocalDate on);

    List<String> lockReferenceData();

    int closeVersion(@Param("id") long id, @Param("lastDay") LocalDate lastDay);

    List<SuccessionRow> successionsFrom(@Param("predecessor") long predecessor);

    List<SuccessionRow> successionsInto(@Param("successors") IdArray successors);

    /** The code of the province above each of {@code ids} on {@code on} (the unit itself if a province); see ProvinceCodes. */
    List<Rows.ProvinceRow> provincesOf(@Param("ids") IdArray ids, @Param("on") LocalDate on);
}
