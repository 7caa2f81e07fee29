package org.learningsociety.core.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.UnitId;

/**
 * The members a citizen indicator counts, from the member lists of households, clans, communities
 * and organisations: where the members are known, the indicator is computed.
 */
public interface CitizenCounts {

    /**
     * Per unit among {@code units} that keeps member lists for groups of {@code within} (the unit the
     * group belongs to; a unit with no member list of such a group is left out): the denominator is
     * the members of {@code role} on {@code on} of the groups recognised in {@code year} (a learning
     * family's workers), the numerator those of them recognised as "Công dân học tập" in {@code year}.
     * A unit keeping member lists whose groups none were recognised answers 0/0.
     */
    Map<UnitId, Ratio> countsByUnit(Collection<UnitId> units, int year, LearningModel within, MemberRole role,
            LocalDate on);
}
