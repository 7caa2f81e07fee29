package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationFilter;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationFilter;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectFilter;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitId;

/** The listing statements on both databases: a subtree's rows a page at a time, with the whole list's count. */
class ListingPersistenceTest {

    private static final CriteriaSetId SET = new CriteriaSetId(1);
    private static final UnitId VILLAGE_A = new UnitId(10);
    private static final UnitId VILLAGE_B = new UnitId(11);
    private static final UnitId ELSEWHERE = new UnitId(12);

    @OnBothDatabases
    void listsASubtreesSubjectsByPageModelPortalIdAndName(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            List<Subject> added = new ArrayList<>(StoredFixtures.households(1, VILLAGE_A, 5, "A"));
            added.addAll(StoredFixtures.households(6, VILLAGE_B, 3, "B"));
            added.addAll(StoredFixtures.households(9, ELSEWHERE, 4, "X"));
            added.add(new Subject(new SubjectId(13), SubjectKind.CLAN, VILLAGE_A, "Dòng họ Phạm 50%_!", "DH-1"));
            subjects.addAll(added);
            Set<UnitId> subtree = Set.of(VILLAGE_A, VILLAGE_B);

            Page<Subject> first = subjects.find(new SubjectFilter(subtree, null, null, null), new PageRequest(0, 4));
            assertThat(first.total()).isEqualTo(9);
            assertThat(first.items()).extracting(s -> s.id().value()).containsExactly(1L, 2L, 3L, 4L);
            Page<Subject> last = subjects.find(new SubjectFilter(subtree, null, null, null), new PageRequest(2, 4));
            assertThat(last.items()).extracting(s -> s.id().value()).containsExactly(13L);
            assertThat(last.total()).isEqualTo(9);
            assertThat(subjects.find(new SubjectFilter(subtree, null, null, null), new PageRequest(5, 4)).total())
                    .as("a page past the end still tells the total").isEqualTo(9);

            assertThat(subjects.find(new SubjectFilter(subtree, LearningModel.FAMILY, null, null), PageRequest.first())
                    .total()).isEqualTo(8);
            assertThat(subjects.find(new SubjectFilter(subtree, null, "B-2", null), PageRequest.first()).items())
                    .extracting(Subject::name).containsExactly("Hộ ông Nguyễn Văn B2");
            assertThat(subjects.find(new SubjectFilter(subtree, null, "X-0", null), PageRequest.first()).items())
                    .as("a portal id of another subtree").isEmpty();
            assertThat(subjects.find(new SubjectFilter(subtree, null, null, "NGUYỄN VĂN a"), PageRequest.first())
                    .total()).as("the name, case aside").isEqualTo(5);
            assertThat(subjects.find(new SubjectFilter(subtree, null, null, "50%_!"), PageRequest.first()).items())
                    .as("LIKE's own characters taken as text").extracting(Subject::externalId).containsExactly("DH-1");
            assertThat(subjects.find(new SubjectFilter(subtree, null, null, "5_%"), PageRequest.first()).items())
                    .isEmpty();
        }
    }

    @OnBothDatabases
    void listsASubtreesRegistrationsOfAYearByModelStatusAndDecision(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = new ArrayList<>(StoredFixtures.households(1, VILLAGE_A, 4, "A"));
            households.addAll(StoredFixtures.households(5, ELSEWHERE, 2, "X"));
            long first = registrations.nextIds(8).value();
            List<Registration> made = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                RegistrationId id = new RegistrationId(first + i);
                made.add(i % 2 == 0 ? StoredFixtures.verified(id, households.get(i), 2025, SET)
                        : StoredFixtures.registered(id, households.get(i), 2025, SET));
            }
            made.add(StoredFixtures.registered(new RegistrationId(first + 6), households.get(0), 2026, SET));
            registrations.addAll(made);
            Set<UnitId> village = Set.of(VILLAGE_A);

            Page<Registration> all = registrations.find(new RegistrationFilter(village, 2025, null, null), new PageRequest(0, 3));
            assertThat(all.total()).isEqualTo(4);
            assertThat(all.items()).extracting(r -> r.id().value()).containsExactly(first, first + 1, first + 2);
            assertThat(all.items().get(0).evidence()).as("read whole, evidence included").hasSize(2);
            assertThat(registrations.find(new RegistrationFilter(village, 2025, LearningModel.FAMILY,
                    RegistrationStatus.RECOGNISED), PageRequest.first()).items())
                    .extracting(r -> r.id().value()).containsExactly(first, first + 2);
            assertThat(registrations.find(new RegistrationFilter(village, 2025, LearningModel.CLAN, null),
                    PageRequest.first()).total()).isZero();
            assertThat(registrations.find(new RegistrationFilter(village, 2025, null, null, new DecisionId(77)),
                    PageRequest.first()).total()).as("recognised by decision 77").isEqualTo(2);
            assertThat(registrations.find(new RegistrationFilter(village, 2025, null, null, new DecisionId(78)),
                    PageRequest.first()).total()).isZero();
            assertThat(registrations.find(new RegistrationFilter(village, 2026, null, null), PageRequest.first()).total())
                    .isEqualTo(1);
            assertThat(registrations.find(new RegistrationFilter(Set.<UnitId>of(), 2025, null, null), PageRequest.first()).total())
                    .isZero();
        }
    }

    @OnBothDatabases
    void listsDecisionsNewestFirstAndCommendationsByTheirRegistrationsUnitYearAndStatus(Database database) {
        try (Store store = database.freshStore()) {
            Decisions decisions = store.persistence().decisions();
            Decision older = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, "12/QĐ-UBND",
                    LocalDate.of(2025, 12, 10), "Nguyễn Văn A", VILLAGE_A, 2025, LearningModel.FAMILY, null);
            Decision newer = new Decision(decisions.nextId(), Decision.Kind.COMMENDATION, "13/QĐ-UBND",
                    LocalDate.of(2025, 12, 20), "Nguyễn Văn A", VILLAGE_A, 2025, null, "GIAY_KHEN");
            Decision other = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, "1/QĐ-UBND",
                    LocalDate.of(2026, 12, 1), "Trần Văn B", ELSEWHERE, 2026, LearningModel.FAMILY, null);
            decisions.add(older);
            decisions.add(newer);
            decisions.add(other);
            assertThat(decisions.find(Set.of(VILLAGE_A), null, PageRequest.first()).items())
                    .containsExactly(newer, older);
            assertThat(decisions.find(Set.of(VILLAGE_A, ELSEWHERE), 2026, PageRequest.first()).items())
                    .containsExactly(other);
            assertThat(decisions.find(Set.of(VILLAGE_A, ELSEWHERE), null, new PageRequest(1, 2)).total()).isEqualTo(3);

            Registrations registrations = store.persistence().registrations();
            List<Subject> households = new ArrayList<>(StoredFixtures.households(1, VILLAGE_A, 2, "A"));
            households.addAll(StoredFixtures.households(3, ELSEWHERE, 1, "X"));
            long first = registrations.nextIds(3).value();
            List<Registration> made = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                made.add(StoredFixtures.verified(new RegistrationId(first + i), households.get(i), 2025, SET));
            }
            registrations.addAll(made);
            Commendations commendations = store.persistence().commendations();
            long c = commendations.nextIds(3).value();
            Instant at = Instant.parse("2025-10-01T03:00:00Z");
            List<Commendation> proposed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                proposed.add(new Commendation(new CommendationId(c + i), made.get(i).id(), "GIAY_KHEN",
                        "Hội Khuyến học xã", at, CommendationStatus.PROPOSED, null, null));
            }
            commendations.addAll(proposed);
            proposed.get(1).approve(newer, at);
            commendations.updateAll(List.of(proposed.get(1)));

            assertThat(commendations.find(new CommendationFilter(Set.of(VILLAGE_A), 2025, null), PageRequest.first())
                    .items()).extracting(x -> x.id().value()).containsExactly(c, c + 1);
            assertThat(commendations.find(new CommendationFilter(Set.of(VILLAGE_A), 2025, CommendationStatus.APPROVED),
                    PageRequest.first()).items()).extracting(x -> x.id().value()).containsExactly(c + 1);
            assertThat(commendations.find(new CommendationFilter(Set.of(VILLAGE_A), 2024, null), PageRequest.first())
                    .total()).isZero();
            assertThat(commendations.findByDecision(newer.id())).extracting(x -> x.id().value()).containsExactly(c + 1);
        }
    }
}
