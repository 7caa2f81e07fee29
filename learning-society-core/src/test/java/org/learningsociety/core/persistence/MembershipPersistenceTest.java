package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.indicator.CitizenCounts;
import org.learningsociety.core.indicator.Ratio;
import org.learningsociety.core.membership.Membership;
import org.learningsociety.core.membership.MembershipId;
import org.learningsociety.core.membership.Memberships;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitId;

/**
 * Member lists on both databases: stored, ended and read back whole; and the citizen indicators'
 * counts per unit, in one grouped query: the members of a role on a day, in the groups recognised in
 * the year (the denominator), and those of them recognised as "Công dân học tập" (the numerator).
 */
class MembershipPersistenceTest {

    private static final CriteriaSetId SET = new CriteriaSetId(1);
    private static final UnitId VILLAGE_A = new UnitId(10);
    private static final UnitId VILLAGE_B = new UnitId(11);
    private static final UnitId VILLAGE_C = new UnitId(12);
    private static final UnitId VILLAGE_D = new UnitId(13);
    private static final UnitId ELSEWHERE = new UnitId(14);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    @OnBothDatabases
    void aGroupsListIsStoredEndedAndReadBackWholeInTheOrderAdded(Database database) {
        try (Store store = database.freshStore()) {
            Memberships memberships = store.persistence().memberships();
            Subject household = group(store, 1, SubjectKind.HOUSEHOLD, VILLAGE_A);
            long first = memberships.nextIds(3).value();
            Membership worker = Membership.starting(new MembershipId(first), household.id(), new SubjectId(50),
                    MemberRole.WORKER, START);
            Membership cadre = new Membership(new MembershipId(first + 1), household.id(), new SubjectId(51),
                    MemberRole.CADRE, START, LocalDate.of(2024, 6, 1));
            Membership elsewhere = Membership.starting(new MembershipId(first + 2), new SubjectId(99),
                    new SubjectId(50), MemberRole.OTHER, START);
            store.persistence().transactions().run(() -> {
                memberships.lockGroup(household.id());
                memberships.addAll(List.of(worker, cadre, elsewhere));
            });

            store.persistence().transactions().run(() -> memberships.endAll(List.of(worker.endedOn(LAST_DAY))));

            assertThat(memberships.ofGroup(household.id())).containsExactly(worker.endedOn(LAST_DAY), cadre);
            assertThat(store.count("ls_membership")).as("ended, not deleted").isEqualTo(3);
            refused(NotFoundException.class, "subjectId", new SubjectId(404), () -> store.persistence().transactions()
                    .run(() -> memberships.lockGroup(new SubjectId(404))));
            refused(NotFoundException.class, "membershipId", new MembershipId(9999), () -> store.persistence()
                    .transactions().run(() -> memberships.endAll(List.of(Membership.starting(new MembershipId(9999),
                            household.id(), new SubjectId(50), MemberRole.WORKER, START).endedOn(LAST_DAY)))));
        }
    }

    @OnBothDatabases
    void countsTheWorkersAndCadresOfRecognisedGroupsAndTheLearningCitizensAmongThem(Database database) {
        try (Store store = database.freshStore()) {
            new Fixture(store);
            CitizenCounts counts = store.persistence().citizenCounts();
            List<UnitId> asked = List.of(VILLAGE_A, VILLAGE_B, VILLAGE_C, VILLAGE_D);

            Map<UnitId, Ratio> workers = counts.countsByUnit(asked, 2025, LearningModel.FAMILY, MemberRole.WORKER,
                    LAST_DAY);

            assertThat(workers).as("village A: p1 (in two recognised households, counted once), p2 and p7; "
                    + "of them p1 a learning citizen of 2025. Village B keeps lists, none recognised: 0/0. "
                    + "Village C: a recognised household without members, and one whose only member left; "
                    + "village D: a clan only. Elsewhere was not asked.")
                    .containsOnly(Map.entry(VILLAGE_A, new Ratio(1, 3)), Map.entry(VILLAGE_B, Ratio.ZERO));
            assertThat(counts.countsByUnit(asked, 2025, LearningModel.FAMILY, MemberRole.CADRE, LAST_DAY))
                    .containsOnly(Map.entry(VILLAGE_A, new Ratio(1, 1)), Map.entry(VILLAGE_B, Ratio.ZERO));
            assertThat(counts.countsByUnit(asked, 2025, LearningModel.CLAN, MemberRole.WORKER, LAST_DAY))
                    .as("the clans' lists: a recognised clan in A, an unrecognised one in D")
                    .containsOnly(Map.entry(VILLAGE_A, new Ratio(1, 2)), Map.entry(VILLAGE_D, Ratio.ZERO));
            assertThat(counts.countsByUnit(asked, 2025, LearningModel.UNIT, MemberRole.CADRE, LAST_DAY)).isEmpty();
            assertThat(counts.countsByUnit(asked, 2026, LearningModel.FAMILY, MemberRole.WORKER,
                    LocalDate.of(2026, 12, 31))).as("nothing recognised in 2026; p6 has joined")
                    .containsOnly(Map.entry(VILLAGE_A, Ratio.ZERO), Map.entry(VILLAGE_B, Ratio.ZERO));
            assertThat(counts.countsByUnit(asked, 2025, LearningModel.FAMILY, MemberRole.WORKER,
                    LocalDate.of(2025, 3, 1))).as("on 1 March p5 was still a worker of H1 and p10 of H7, both learning citizens")
                    .containsOnly(Map.entry(VILLAGE_A, new Ratio(2, 4)), Map.entry(VILLAGE_B, Ratio.ZERO),
                            Map.entry(VILLAGE_C, new Ratio(1, 1)));
            assertThat(counts.countsByUnit(List.of(ELSEWHERE, ELSEWHERE), 2025, LearningModel.FAMILY,
                    MemberRole.WORKER, LAST_DAY)).containsOnly(Map.entry(ELSEWHERE, new Ratio(1, 1)));
            assertThat(counts.countsByUnit(List.of(), 2025, LearningModel.FAMILY, MemberRole.WORKER, LAST_DAY))
                    .isEmpty();
        }
    }

    /**
     * Village A: H1 and H2 recognised in 2025, H3 registered only, clan C1 recognised; village B: H4
     * registered only; village C: H6 recognised without members, H7 recognised whose member left in
     * March; village D: clan C2 registered only; elsewhere: H8 recognised with one learning citizen.
     * Citizens recognised in 2025: p1, p3, p4, p5, p8, p11; p2 was recognised in 2024 only.
     */
    private static final class Fixture {

        private final Store store;
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Registration> registrations = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private long nextRegistration;
        private long nextMembership;

        Fixture(Store store) {
            this.store = store;
            Registrations stored = store.persistence().registrations();
            nextRegistration = stored.nextIds(40).value();
            nextMembership = store.persistence().memberships().nextIds(40).value();
            Subject h1 = recognised(group(1, SubjectKind.HOUSEHOLD, VILLAGE_A));
            Subject h2 = recognised(group(2, SubjectKind.HOUSEHOLD, VILLAGE_A));
            Subject h3 = registered(group(3, SubjectKind.HOUSEHOLD, VILLAGE_A));
            Subject c1 = recognised(group(4, SubjectKind.CLAN, VILLAGE_A));
            Subject h4 = registered(group(5, SubjectKind.HOUSEHOLD, VILLAGE_B));
            recognised(group(6, SubjectKind.HOUSEHOLD, VILLAGE_C));
            Subject h7 = recognised(group(7, SubjectKind.HOUSEHOLD, VILLAGE_C));
            Subject c2 = registered(group(8, SubjectKind.CLAN, VILLAGE_D));
            Subject h8 = recognised(group(9, SubjectKind.HOUSEHOLD, ELSEWHERE));
            Subject p1 = recognised(citizen(21, VILLAGE_A));
            Subject p2 = citizen(22, VILLAGE_A);
            registrations.add(StoredFixtures.verified(new RegistrationId(nextRegistration++), p2, 2024, SET));
            registered(p2);
            Subject p3 = recognised(citizen(23, VILLAGE_A));
            Subject p4 = recognised(citizen(24, VILLAGE_A));
            Subject p5 = recognised(citizen(25, VILLAGE_A));
            Subject p6 = citizen(26, VILLAGE_A);
            Subject p7 = citizen(27, VILLAGE_A);
            Subject p8 = recognised(citizen(28, VILLAGE_A));
            Subject p9 = recognised(citizen(29, VILLAGE_B));
            Subject p10 = recognised(citizen(30, VILLAGE_C));
            Subject p11 = recognised(citizen(31, ELSEWHERE));
            member(h1, p1, MemberRole.WORKER, START, null);
            member(h1, p2, MemberRole.WORKER, START, null);
            member(h1, p3, MemberRole.CADRE, START, null);
            member(h1, p4, MemberRole.OTHER, START, null);
            member(h1, p5, MemberRole.WORKER, START, LocalDate.of(2025, 6, 1));
            member(h1, p6, MemberRole.WORKER, LocalDate.of(2026, 1, 1), null);
            member(h2, p1, MemberRole.WORKER, START, null);
            member(h2, p7, MemberRole.WORKER, START, null);
            member(h3, p8, MemberRole.WORKER, START, null);
            member(c1, p3, MemberRole.WORKER, START, null);
            member(c1, p2, MemberRole.WORKER, START, null);
            member(h4, p9, MemberRole.WORKER, START, null);
            member(h7, p10, MemberRole.WORKER, START, LocalDate.of(2025, 3, 15));
            member(c2, p9, MemberRole.WORKER, START, null);
            member(h8, p11, MemberRole.WORKER, START, null);
            store.persistence().subjects().addAll(subjects);
            stored.addAll(registrations);
            store.persistence().transactions().run(() -> store.persistence().memberships().addAll(memberships));
        }

        private Subject group(long id, SubjectKind kind, UnitId unit) {
            Subject group = new Subject(new SubjectId(id), kind, unit, kind.vietnameseName() + " " + id, "G-" + id);
            subjects.add(group);
            return group;
        }

        private Subject citizen(long id, UnitId unit) {
            Subject citizen = new Subject(new SubjectId(id), SubjectKind.PERSON, unit, "Công dân " + id, "CD-" + id);
            subjects.add(citizen);
            return citizen;
        }

        private Subject recognised(Subject subject) {
            registrations.add(StoredFixtures.verified(new RegistrationId(nextRegistration++), subject, 2025, SET));
            return subject;
        }

        private Subject registered(Subject subject) {
            registrations.add(StoredFixtures.registered(new RegistrationId(nextRegistration++), subject, 2025, SET));
            return subject;
        }

        private void member(Subject group, Subject citizen, MemberRole role, LocalDate from, LocalDate until) {
            memberships.add(new Membership(new MembershipId(nextMembership++), group.id(), citizen.id(), role, from,
                    until));
        }
    }

    private static Subject group(Store store, long id, SubjectKind kind, UnitId unit) {
        Subject group = new Subject(new SubjectId(id), kind, unit, "Hộ " + id, "G-" + id);
        store.persistence().subjects().addAll(List.of(group));
        return group;
    }
}
