package org.learningsociety.core.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitId;

/** The member-list rules one at a time: periods as days from a start up to, not including, an end. */
class MembershipPoliciesTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2025, 3, 1);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 1);
    private static final Subject CITIZEN = new Subject(new SubjectId(7), SubjectKind.PERSON, new UnitId(1),
            "Nguyễn Văn An", "CD-7");

    private static Membership period(LocalDate from, LocalDate until) {
        return new Membership(new MembershipId(1), new SubjectId(2), CITIZEN.id(), MemberRole.WORKER, from, until);
    }

    @Test
    void aPeriodHoldsFromItsStartUpToNotIncludingItsEnd() {
        Membership spring = period(JAN, MAR);

        assertThat(spring.isCurrentOn(JAN)).isTrue();
        assertThat(spring.isCurrentOn(MAR.minusDays(1))).isTrue();
        assertThat(spring.isCurrentOn(MAR)).isFalse();
        assertThat(spring.isCurrentOn(JAN.minusDays(1))).isFalse();
        assertThat(period(JAN, null).isCurrentOn(LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(period(MAR, MAR).isCurrentOn(MAR)).as("ended the day it began").isFalse();
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        Membership spring = period(JAN, MAR);

        assertThat(spring.overlaps(MAR, null)).as("the next begins the day this one ends").isFalse();
        assertThat(spring.overlaps(MAR.minusDays(1), null)).isTrue();
        assertThat(spring.overlaps(LocalDate.of(2024, 1, 1), JAN)).isFalse();
        assertThat(spring.overlaps(LocalDate.of(2024, 1, 1), JAN.plusDays(1))).isTrue();
        assertThat(period(JAN, null).overlaps(JUN, null)).isTrue();
        assertThat(spring.overlaps(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1)))
                .as("a period of no day shares none").isFalse();
        assertThat(MembershipPolicies.noOverlap("members[0].citizenId", CITIZEN, List.of(spring), MAR, null))
                .isEqualTo(Outcome.allowed());
        assertThat(MembershipPolicies.noOverlap("members[0].citizenId", CITIZEN, List.of(spring), JAN, null))
                .isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        refused("until", JAN, () -> period(MAR, JAN));
        assertThat(MembershipPolicies.datesInOrder("until", MAR, MAR).isAllowed()).isTrue();
    }

    @Test
    void aMemberIsACitizenAndAGroupIsAHouseholdClanVillageCommunityOrOrganisation() {
        Subject household = new Subject(new SubjectId(3), SubjectKind.HOUSEHOLD, new UnitId(1), "Hộ ông An", "HGD-3");

        assertThat(MembershipPolicies.memberIsCitizen("members[0].citizenId", CITIZEN).isAllowed()).isTrue();
        assertThat(MembershipPolicies.memberIsCitizen("members[0].citizenId", household))
                .isEqualTo(Outcome.rejected("members[0].citizenId", household.id(),
                        "Hộ ông An là Hộ gia đình, không phải công dân: thành viên phải là đối tượng Công dân học tập"));
        for (SubjectKind kind : SubjectKind.values()) {
            Subject group = new Subject(new SubjectId(4), kind, new UnitId(1), "Nhóm", "N-4");
            boolean keeps = kind != SubjectKind.PERSON && kind != SubjectKind.LOCALITY_COMMUNITY;
            assertThat(MembershipPolicies.groupKeepsMembers(group).isAllowed()).as(kind.name()).isEqualTo(keeps);
        }
    }
}
