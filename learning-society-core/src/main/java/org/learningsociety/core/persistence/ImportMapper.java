package org.learningsociety.core.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.learningsociety.core.persistence.Rows.ImportRow;

/** Statements of {@code ImportMapper.xml}. */
interface ImportMapper {

    void insert(@Param("r") ImportRow row);

    int update(@Param("r") ImportRow row);

    List<ImportRow> findById(@Param("id") long id);
}
