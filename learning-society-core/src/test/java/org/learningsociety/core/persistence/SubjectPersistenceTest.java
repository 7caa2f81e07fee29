package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitId;

class SubjectPersistenceTest {

    @OnBothDatabases
    void roundTripsASubjectAndFindsItByItsPortalId(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            Subject clan = new Subject(subjects.nextIds(1), SubjectKind.CLAN, new UnitId(5), "Dòng họ Nguyễn Đình",
                    "DH-001");
            subjects.addAll(List.of(clan));

            assertThat(subjects.findById(clan.id())).contains(clan);
            assertThat(subjects.findByExternalId(LearningModel.CLAN, "DH-001")).contains(clan);
            assertThat(subjects.findByExternalId(LearningModel.FAMILY, "DH-001")).isEmpty();
            assertThat(subjects.findById(new SubjectId(999))).isEmpty();
        }
    }

    @OnBothDatabases
    void writesTwentyThousandSubjectsInBatchesAndReadsThemBackInChunks(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            SubjectId first = subjects.nextIds(20_000);
            List<Subject> households = StoredFixtures.households(first.value(), new UnitId(7), 20_000, "HP");

            subjects.addAll(households);

            assertThat(store.count("ls_subject")).isEqualTo(20_000);
            List<SubjectId> ids = households.stream().map(Subject::id).toList();
            assertThat(subjects.findByIds(ids)).containsExactlyInAnyOrderElementsOf(households);
        }
    }

    @OnBothDatabases
    void refusesASecondSubjectWithTheSamePortalIdInTheSameModel(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            long first = subjects.nextIds(3).value();
            subjects.addAll(List.of(new Subject(new SubjectId(first), SubjectKind.HOUSEHOLD, new UnitId(1), "Hộ A", "X-1")));

            assertThatThrownBy(() -> subjects.addAll(List.of(
                    new Subject(new SubjectId(first + 1), SubjectKind.HOUSEHOLD, new UnitId(1), "Hộ B", "X-2"),
                    new Subject(new SubjectId(first + 2), SubjectKind.HOUSEHOLD, new UnitId(1), "Hộ C", "X-1"))))
                    .isInstanceOf(ConflictException.class);

            assertThat(store.count("ls_subject")).as("nothing of the refused batch").isEqualTo(1);
        }
    }

    @OnBothDatabases
    void readsAVillagesSubjectsByPortalIdsAndByUnitAndRenamesThemInABatch(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            List<Subject> village = StoredFixtures.households(subjects.nextIds(3).value(), new UnitId(1), 3, "V");
            List<Subject> other = StoredFixtures.households(subjects.nextIds(1).value(), new UnitId(2), 1, "W");
            subjects.addAll(village);
            subjects.addAll(other);

            assertThat(subjects.findByExternalIds(LearningModel.FAMILY, List.of(village.get(0).externalId(),
                    other.get(0).externalId(), "KHONG-CO"))).containsExactlyInAnyOrder(village.get(0), other.get(0));
            assertThat(subjects.findByExternalIds(LearningModel.CLAN, List.of(village.get(0).externalId()))).isEmpty();
            assertThat(subjects.findByUnit(new UnitId(1), LearningModel.FAMILY)).containsExactlyElementsOf(village);

            Subject renamed = new Subject(village.get(1).id(), village.get(1).kind(), village.get(1).unit(),
                    "Hộ bà Nguyễn Thị Hoà", village.get(1).externalId());
            subjects.renameAll(List.of(renamed));

            assertThat(subjects.findById(renamed.id())).contains(renamed);
            assertThat(subjects.findById(village.get(0).id())).contains(village.get(0));
        }
    }

    @OnBothDatabases
    void movesASubjectToAnotherUnit(Database database) {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            Subject household = StoredFixtures.households(subjects.nextIds(1).value(), new UnitId(1), 1, "M").get(0);
            subjects.addAll(List.of(household));

            subjects.moveTo(household.id(), new UnitId(2));

            assertThat(subjects.findById(household.id()).orElseThrow().unit()).isEqualTo(new UnitId(2));
        }
    }

    @OnBothDatabases
    void reservesDisjointBlocksOfConsecutiveIdsUnderConcurrency(Database database) throws Exception {
        try (Store store = database.freshStore()) {
            Subjects subjects = store.persistence().subjects();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Long>> reservations = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    reservations.add(() -> subjects.nextIds(1_000).value());
                }
                Set<Long> firsts = new HashSet<>();
                for (Future<Long> first : pool.invokeAll(reservations)) {
                    firsts.add(first.get());
                }
                assertThat(firsts).hasSize(40);
                assertThat(firsts).allMatch(first -> (first - 1) % 1_000 == 0);
                assertThat(subjects.nextIds(1).value()).isEqualTo(40_001);
            } finally {
                pool.shutdown();
            }
        }
    }
}
