package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.indicator.CitizenCounts;
import org.learningsociety.core.indicator.Ratio;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.UnitId;

/**
 * The citizen indicators' counts from the member lists: one grouped query for all the units, which
 * come as one array parameter, as {@link MyBatisAttainmentCounts} does.
 */
final class MyBatisCitizenCounts implements CitizenCounts {

    private final MembershipMapper mapper;

    MyBatisCitizenCounts(SqlSession session) {
        this.mapper = session.getMapper(MembershipMapper.class);
    }

    @Override
    public Map<UnitId, Ratio> countsByUnit(Collection<UnitId> units, int year, LearningModel within, MemberRole role,
            LocalDate on) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(on, "on");
        Map<UnitId, Ratio> counts = new HashMap<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(units.stream().map(UnitId::value).toList()));
        if (distinct.isEmpty()) {
            return counts;
        }
        for (var row : mapper.citizenCounts(IdArray.of(distinct), year, within.name(), role.name(), on)) {
            counts.put(new UnitId(row.unitId), new Ratio(row.numerator, row.denominator));
        }
        return counts;
    }
}
