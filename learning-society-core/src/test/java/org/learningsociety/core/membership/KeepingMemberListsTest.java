package org.learningsociety.core.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.membership.GroupMembers.ListedMember;
import org.learningsociety.core.membership.GroupMembers.Member;
import org.learningsociety.core.membership.GroupMembers.MemberListChanged;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;

/**
 * A group's member list sent whole, as a portal holds it on a day: what starts, what ends, what stays;
 * the history kept; and each rule refusing the whole list, naming the field, leaving nothing written.
 */
class KeepingMemberListsTest {

    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 1);

    private final Services services = Services.haiPhong(OCTOBER);
    private final GroupMembers members = services.groupMembers();
    private final Subject household = add(LearningModel.FAMILY, "10507-TDP1", "Hộ ông Nguyễn Văn Hải", "HGD-1");
    private final Subject father = add(LearningModel.CITIZEN, "10507-TDP1", "Nguyễn Văn Hải", "CD-1");
    private final Subject mother = add(LearningModel.CITIZEN, "10507-TDP1", "Trần Thị Lan", "CD-2");
    /** Lives in another residential group of the same commune. */
    private final Subject son = add(LearningModel.CITIZEN, "10507-TDP2", "Nguyễn Đức Cường", "CD-3");
    /** Lives in Phường Lê Thanh Nghị, another commune of the city. */
    private final Subject neighbour = add(LearningModel.CITIZEN, "10532", "Phạm Thị Mai", "CD-4");

    private Subject add(LearningModel model, String unit, String name, String externalId) {
        return services.subjectCatalogue().add(new NewSubject(model, unit, name, externalId));
    }

    private static ListedMember member(Subject citizen, MemberRole role) {
        return new ListedMember(citizen.id().value(), null, role, null);
    }

    private static List<String> roles(List<Member> list) {
        return list.stream().map(m -> m.citizen().name() + " " + m.membership().role()).toList();
    }

    @Test
    void aListStartsItsMembersEndsThoseNoLongerListedAndEndsAndStartsAChangedRole() {
        MemberListChanged first = members.replace(household.id(), OCTOBER,
                List.of(member(father, MemberRole.WORKER), member(mother, MemberRole.WORKER),
                        member(son, MemberRole.OTHER)));
        assertThat(first.started()).hasSize(3);
        assertThat(first.ended()).isEmpty();

        MemberListChanged second = members.replace(household.id(), NOVEMBER,
                List.of(member(father, MemberRole.CADRE), member(son, MemberRole.OTHER)));

        assertThat(second.unchanged()).as("the son, as he was").isEqualTo(1);
        assertThat(second.ended()).extracting(m -> m.person(), Membership::until)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mother.id(), NOVEMBER),
                        org.assertj.core.groups.Tuple.tuple(father.id(), NOVEMBER));
        assertThat(second.started()).extracting(Membership::person, Membership::role, Membership::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(father.id(), MemberRole.CADRE, NOVEMBER));
        assertThat(roles(members.membersOn(household.id(), NOVEMBER.minusDays(1))))
                .containsExactly("Nguyễn Văn Hải WORKER", "Trần Thị Lan WORKER", "Nguyễn Đức Cường OTHER");
        assertThat(roles(members.membersOn(household.id(), NOVEMBER)))
                .containsExactly("Nguyễn Đức Cường OTHER", "Nguyễn Văn Hải CADRE");
        assertThat(members.membersOn(household.id(), OCTOBER.minusDays(1))).as("before the first list").isEmpty();
        assertThat(services.memberships().all()).as("history kept: nothing deleted").hasSize(4);
        List<AuditRecord> history = services.auditTrail().historyOf(Audited.SUBJECT, household.id().value());
        assertThat(history).extracting(AuditRecord::action)
                .containsExactly(AuditAction.MEMBER_LIST_CHANGED, AuditAction.MEMBER_LIST_CHANGED);
        assertThat(history.get(1).after()).contains("#" + father.id() + " CADRE 2025-11-01→")
                .doesNotContain("Nguyễn").doesNotContain("#" + mother.id());
    }

    @Test
    void theSameListSentAgainChangesNothing() {
        List<ListedMember> list = List.of(member(father, MemberRole.WORKER), member(mother, MemberRole.OTHER));
        members.replace(household.id(), OCTOBER, list);
        Object before = services.state();

        MemberListChanged again = members.replace(household.id(), NOVEMBER, list);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.started()).isEmpty();
        assertThat(again.ended()).isEmpty();
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aCitizenIsFoundByThePortalsIdAndStartsOnTheDayGiven() {
        LocalDate joined = LocalDate.of(2025, 8, 15);
        members.replace(household.id(), OCTOBER, List.of(new ListedMember(null, "CD-2", MemberRole.WORKER, joined)));

        assertThat(members.membersOn(household.id(), joined)).extracting(m -> m.citizen().id())
                .containsExactly(mother.id());
        assertThat(members.membersOn(household.id(), joined.minusDays(1))).isEmpty();
    }

    @Test
    void anEmptyListEndsEveryMembership() {
        members.replace(household.id(), OCTOBER, List.of(member(father, MemberRole.WORKER)));

        members.replace(household.id(), NOVEMBER, List.of());

        assertThat(members.membersOn(household.id(), NOVEMBER)).isEmpty();
        assertThat(services.memberships().all()).extracting(Membership::until).containsExactly(NOVEMBER);
    }

    @Test
    void aMembershipEndedTheDayItBeganHoldsOnNoDay() {
        members.replace(household.id(), OCTOBER, List.of(member(father, MemberRole.WORKER)));
        members.replace(household.id(), OCTOBER, List.of(member(father, MemberRole.CADRE)));

        assertThat(roles(members.membersOn(household.id(), OCTOBER))).containsExactly("Nguyễn Văn Hải CADRE");
        assertThat(services.memberships().all()).hasSize(2);
    }

    @Test
    void refusesAHouseholdAsAMemberAndWritesNothing() {
        Subject otherHousehold = add(LearningModel.FAMILY, "10507-TDP1", "Hộ bà Lê Thị Hoa", "HGD-2");
        Object before = services.state();

        var refusal = refused("members[1].citizenId", otherHousehold.id(), () -> members.replace(household.id(),
                OCTOBER, List.of(member(father, MemberRole.WORKER), member(otherHousehold, MemberRole.OTHER))));

        assertThat(refusal.getMessage()).contains("Hộ gia đình").contains("không phải công dân");
        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesACitizenOfAnotherCommuneForAHousehold() {
        var refusal = refused("members[0].citizenId", neighbour.id(), () -> members.replace(household.id(), OCTOBER,
                List.of(member(neighbour, MemberRole.WORKER))));

        assertThat(refusal.getMessage()).contains("Phạm Thị Mai không thuộc Phường Thành Đông")
                .contains("cùng xã, phường với hộ gia đình");
        assertThat(services.memberships().all()).isEmpty();
    }

    @Test
    void anOrganisationOfTheCityTakesStaffFromAnyCommuneOfTheCityOneOfACommuneOnlyItsOwn() {
        Subject cityAgency = add(LearningModel.UNIT, "31", "Sở Giáo dục và Đào tạo Hải Phòng", "DV-1");
        Subject communeSchool = add(LearningModel.UNIT, "10507", "Trường Tiểu học Thành Đông", "DV-2");

        members.replace(cityAgency.id(), OCTOBER, List.of(member(neighbour, MemberRole.CADRE),
                member(father, MemberRole.CADRE)));

        assertThat(members.membersOn(cityAgency.id(), OCTOBER)).hasSize(2);
        var refusal = refused("members[0].citizenId", neighbour.id(), () -> members.replace(communeSchool.id(),
                OCTOBER, List.of(member(neighbour, MemberRole.CADRE))));
        assertThat(refusal.getMessage()).contains("địa bàn của Phường Thành Đông");
    }

    @Test
    void onlyAHouseholdClanVillageCommunityOrOrganisationKeepsAList() {
        Subject commune = add(LearningModel.COMMUNITY, "10507", "Cộng đồng phường Thành Đông", "CĐ-10507");

        refused("subjectId", father.id(), () -> members.replace(father.id(), OCTOBER, List.of()));
        refused("subjectId", commune.id(), () -> members.replace(commune.id(), OCTOBER, List.of()));
        refused("subjectId", commune.id(), () -> members.membersOn(commune.id(), OCTOBER));
        Subject clan = add(LearningModel.CLAN, "10507", "Dòng họ Nguyễn Đình", "DH-1");
        Subject village = add(LearningModel.COMMUNITY, "10507-TDP1", "Cộng đồng tổ dân phố số 1", "CĐ-TDP1");
        members.replace(clan.id(), OCTOBER, List.of(member(son, MemberRole.WORKER)));
        members.replace(village.id(), OCTOBER, List.of(member(son, MemberRole.WORKER)));
        assertThat(services.memberships().all()).hasSize(2);
    }

    @Test
    void refusesACitizenWhosePeriodsInTheGroupWouldOverlap() {
        members.replace(household.id(), LocalDate.of(2025, 9, 1), List.of(member(father, MemberRole.WORKER)));
        members.replace(household.id(), OCTOBER, List.of());

        refused("members[0].citizenId", father.id(), () -> members.replace(household.id(), NOVEMBER,
                List.of(new ListedMember(father.id().value(), null, MemberRole.WORKER, LocalDate.of(2025, 9, 15)))));
        members.replace(household.id(), NOVEMBER,
                List.of(new ListedMember(father.id().value(), null, MemberRole.WORKER, OCTOBER)));
        assertThat(members.membersOn(household.id(), OCTOBER)).hasSize(1);
    }

    @Test
    void refusesAListDatedBeforeTheLastChangeAsAConflict() {
        members.replace(household.id(), NOVEMBER, List.of(member(father, MemberRole.WORKER)));

        var refusal = refused(ConflictException.class, "on", OCTOBER, () -> members.replace(household.id(), OCTOBER,
                List.of()));

        assertThat(refusal.kind()).isEqualTo(ConflictException.Kind.STATE_CONFLICT);
        assertThat(refusal.getMessage()).contains("đã được cập nhật đến ngày 2025-11-01");
    }

    @Test
    void refusesEachBadRowNamingItsField() {
        LocalDate later = NOVEMBER;
        refused("members[0].from", later, () -> members.replace(household.id(), OCTOBER,
                List.of(new ListedMember(father.id().value(), null, MemberRole.WORKER, later))));
        refused("members[1].citizenId", father.id(), () -> members.replace(household.id(), OCTOBER,
                List.of(member(father, MemberRole.WORKER), member(father, MemberRole.CADRE))));
        refused("members[0].role", null, () -> members.replace(household.id(), OCTOBER,
                List.of(new ListedMember(father.id().value(), null, null, null))));
        refused("members[0].citizenId", null, () -> members.replace(household.id(), OCTOBER,
                List.of(new ListedMember(null, " ", MemberRole.WORKER, null))));
        refused(NotFoundException.class, "members[0].citizenId", 987654L, () -> members.replace(household.id(),
                OCTOBER, List.of(new ListedMember(987654L, null, MemberRole.WORKER, null))));
        refused(NotFoundException.class, "members[0].citizenExternalId", "HGD-1", () -> members.replace(
                household.id(), OCTOBER, List.of(new ListedMember(null, "HGD-1", MemberRole.WORKER, null))));
        refused("members[0].citizenExternalId", "CD-2", () -> members.replace(household.id(), OCTOBER,
                List.of(new ListedMember(father.id().value(), "CD-2", MemberRole.WORKER, null))));
        refused("members", null, () -> members.replace(household.id(), OCTOBER, null));
        assertThat(services.memberships().all()).isEmpty();
    }

    @Test
    void aChangedRoleBeginsOnTheDayGivenAndNotBeforeTheOldOne() {
        members.replace(household.id(), OCTOBER, List.of(member(father, MemberRole.WORKER)));

        refused("members[0].from", LocalDate.of(2025, 9, 1), () -> members.replace(household.id(), NOVEMBER,
                List.of(new ListedMember(father.id().value(), null, MemberRole.CADRE, LocalDate.of(2025, 9, 1)))));
        LocalDate promoted = LocalDate.of(2025, 10, 20);
        members.replace(household.id(), NOVEMBER,
                List.of(new ListedMember(father.id().value(), null, MemberRole.CADRE, promoted)));

        assertThat(roles(members.membersOn(household.id(), promoted.minusDays(1))))
                .containsExactly("Nguyễn Văn Hải WORKER");
        assertThat(roles(members.membersOn(household.id(), promoted))).containsExactly("Nguyễn Văn Hải CADRE");
    }

    @Test
    void aListWithoutADayIsTodays() {
        MemberListChanged changed = members.replace(household.id(), null, List.of(member(father, MemberRole.WORKER)));

        assertThat(changed.on()).isEqualTo(services.clock().today());
        assertThat(changed.started()).extracting(Membership::from).containsExactly(OCTOBER);
    }
}
