package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.attainment.AttainmentCounts;
import org.learningsociety.core.attainment.UnitCounts;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * Counts subjects, registrations and recognitions per unit: one grouped query for all the units, which
 * come as one array parameter (no chunks: a chunked report read the province's rows in 7 passes).
 */
final class MyBatisAttainmentCounts implements AttainmentCounts {

    private final CountMapper mapper;

    MyBatisAttainmentCounts(SqlSession session) {
        this.mapper = session.getMapper(CountMapper.class);
    }

    @Override
    public Map<UnitId, UnitCounts> countsByUnit(Collection<UnitId> units, int year, LearningModel model) {
        Map<UnitId, UnitCounts> counts = new HashMap<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(units.stream().map(UnitId::value).toList()));
        if (distinct.isEmpty()) {
            return counts;
        }
        for (IdArray chunk : IdArray.chunksOf(distinct)) {
            for (var row : mapper.countsByUnit(chunk, year, model.name())) {
                counts.put(new UnitId(row.unitId), new UnitCounts(row.subjects, row.registered, row.recognised));
            }
        }
        return counts;
    }

    @Override
    public Map<UnitId, UnitCounts> registrationsBySubjectUnit(Collection<UnitId> recordUnits, int year,
            LearningModel model) {
        Map<UnitId, UnitCounts> counts = new HashMap<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(recordUnits.stream().map(UnitId::value).toList()));
        if (distinct.isEmpty()) {
            return counts;
        }
        for (IdArray chunk : IdArray.chunksOf(distinct)) {
            for (var row : mapper.registrationsBySubjectUnit(chunk, year, model.name())) {
                counts.merge(new UnitId(row.unitId), new UnitCounts(0, row.registered, row.recognised), UnitCounts::plus);
            }
        }
        return counts;
    }
}
