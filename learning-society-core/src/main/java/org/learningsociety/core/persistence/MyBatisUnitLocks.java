package org.learningsociety.core.persistence;

import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.unit.UnitLocks;

/**
 * {@code SELECT … FOR UPDATE} on the unit's versions in {@code ls_unit_version}: the rows stay locked
 * until the caller's transaction ends, on H2 and PostgreSQL alike. An unknown code locks nothing.
 */
final class MyBatisUnitLocks implements UnitLocks {

    private final UnitMapper mapper;

    MyBatisUnitLocks(SqlSession session) {
        this.mapper = Objects.requireNonNull(session).getMapper(UnitMapper.class);
    }

    @Override
    public void hold(String code) {
        mapper.lockByCode(Objects.requireNonNull(code, "code"));
    }
}
