package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

class RegistrationPersistenceTest {

    private static final CriteriaSetId SET = new CriteriaSetId(1);
    private static final UnitId VILLAGE = new UnitId(10);

    @OnBothDatabases
    void roundTripsEveryFieldIncludingScoresEvidenceAndNulls(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = StoredFixtures.households(1, VILLAGE, 2, "R");
            long first = registrations.nextIds(2).value();
            Registration full = StoredFixtures.verified(new RegistrationId(first), households.get(0), 2025, SET);
            Registration bare = StoredFixtures.registered(new RegistrationId(first + 1), households.get(1), 2025, SET);

            registrations.addAll(List.of(full, bare));

            assertThat(registrations.findById(full.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("evidenceChanged", "statusAsRead", "provinceAsStored").withEqualsForType(Scores::equals, Scores.class).isEqualTo(full);
            Registration readBare = registrations.findById(bare.id()).orElseThrow();
            assertThat(readBare).usingRecursiveComparison().ignoringFields("evidenceChanged", "statusAsRead", "provinceAsStored").withEqualsForType(Scores::equals, Scores.class).isEqualTo(bare);
            // what a write moves the per-unit counts from, without reading the row again under a lock
            assertThat(readBare.statusAsRead()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(bare.statusAsRead()).isNull();
            assertThat(readBare.selfAssessedAt()).isNull();
            assertThat(readBare.decision()).isNull();
            assertThat(readBare.evidence()).isEmpty();
            assertThat(registrations.findById(new RegistrationId(12345))).isEmpty();
        }
    }

    @OnBothDatabases
    void refusesSecondRegistrationOfSameSubjectAndYear(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = StoredFixtures.households(1, VILLAGE, 2, "D");
            long first = registrations.nextIds(3).value();
            registrations.addAll(List.of(StoredFixtures.registered(new RegistrationId(first), households.get(0), 2025, SET)));

            assertThatThrownBy(() -> registrations.addAll(List.of(
                    StoredFixtures.registered(new RegistrationId(first + 1), households.get(1), 2025, SET),
                    StoredFixtures.registered(new RegistrationId(first + 2), households.get(0), 2025, SET))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("đã đăng ký")
                    .extracting(e -> ((ConflictException) e).value()).as("the subject refused, named after the "
                            + "unique key refused the batch").isEqualTo(households.get(0).id());
            assertThatThrownBy(() -> registrations.addAll(List.of(
                    StoredFixtures.registered(new RegistrationId(first + 1), households.get(1), 2025, SET),
                    StoredFixtures.registered(new RegistrationId(first + 2), households.get(1), 2025, SET))))
                    .isInstanceOf(ConflictException.class)
                    .extracting(e -> ((ConflictException) e).value()).as("twice in one batch")
                    .isEqualTo(households.get(1).id());

            assertThat(store.count("ls_registration")).as("nothing of the refused batches").isEqualTo(1);
            // another year is another registration
            registrations.addAll(List.of(StoredFixtures.registered(new RegistrationId(first + 2), households.get(0), 2026, SET)));
            assertThat(store.count("ls_registration")).isEqualTo(2);
        }
    }

    @OnBothDatabases
    void writesChangesAndCountsTheVersion(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            Subject household = StoredFixtures.households(1, VILLAGE, 1, "U").get(0);
            RegistrationId id = registrations.nextIds(1);
            registrations.addAll(List.of(StoredFixtures.verified(id, household, 2025, SET)));
            Registration read = registrations.findById(id).orElseThrow();

            Registration changed = changed(read, RegistrationStatus.NOT_RECOGNISED, "Thiếu minh chứng");
            registrations.updateAll(List.of(changed));

            Registration stored = registrations.findById(id).orElseThrow();
            assertThat(stored.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
            assertThat(stored.nonRecognitionReason()).isEqualTo("Thiếu minh chứng");
            assertThat(stored.evidence()).containsExactly(new Evidence("2.1", "ref", "Ảnh lớp học"));
            assertThat(stored.selfScores()).isEqualTo(Scores.of(Map.of("1.1", 5)));
            assertThat(stored.decision()).isNull();
            assertThat(stored.version()).isEqualTo(read.version() + 1);
        }
    }

    @OnBothDatabases
    void optimisticLockConflictLeavesNothingOfTheBatchWritten(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = StoredFixtures.households(1, VILLAGE, 3, "O");
            long first = registrations.nextIds(3).value();
            List<Registration> added = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                added.add(StoredFixtures.registered(new RegistrationId(first + i), households.get(i), 2025, SET));
            }
            registrations.addAll(added);
            List<Registration> read = registrations.findByIds(added.stream().map(Registration::id).toList());
            // someone else changes the last one meanwhile
            Registration last = read.stream().filter(r -> r.id().value() == first + 2).findFirst().orElseThrow();
            registrations.updateAll(List.of(changed(last, RegistrationStatus.SELF_ASSESSED, null)));

            List<Registration> stale = read.stream().map(r -> changed(r, RegistrationStatus.SELF_ASSESSED, null)).toList();
            assertThatThrownBy(() -> store.persistence().transactions().run(() -> registrations.updateAll(stale)))
                    .isInstanceOf(ConflictException.class);

            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_registration WHERE status = 'SELF_ASSESSED'"))
                    .as("only the other writer's change").isEqualTo(1);
            assertThat(store.count("ls_evidence")).isEqualTo(1);
            assertThat(store.queryLong("SELECT SUM(version) FROM ls_registration")).isEqualTo(1);
        }
    }

    @OnBothDatabases
    void aFailingBatchInsideATransactionLeavesNothingWritten(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = StoredFixtures.households(1, VILLAGE, 1_500, "T");
            long first = registrations.nextIds(1_500).value();
            List<Registration> batch = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                batch.add(StoredFixtures.verified(new RegistrationId(first + i), households.get(i), 2025, SET));
            }
            // the last chunk repeats a subject of the first: the first two chunks are written before it fails
            batch.add(StoredFixtures.registered(new RegistrationId(first + 1_500), households.get(0), 2025, SET));

            assertThatThrownBy(() -> store.persistence().transactions().run(() -> {
                store.persistence().subjects().addAll(households);
                registrations.addAll(batch);
            })).isInstanceOf(ConflictException.class);

            assertThat(store.count("ls_registration")).isZero();
            assertThat(store.count("ls_evidence")).isZero();
            assertThat(store.count("ls_subject")).isZero();
        }
    }

    @OnBothDatabases
    void writesTwentyThousandRegistrationsInBatchesAndFindsThem(Database database) {
        try (Store store = database.freshStore()) {
            Registrations registrations = store.persistence().registrations();
            List<Subject> households = StoredFixtures.households(1, VILLAGE, 20_000, "B");
            long first = registrations.nextIds(20_000).value();
            List<Registration> batch = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                batch.add(i % 2 == 0 ? StoredFixtures.verified(new RegistrationId(first + i), households.get(i), 2025, SET)
                        : StoredFixtures.registered(new RegistrationId(first + i), households.get(i), 2025, SET));
            }

            registrations.addAll(batch);

            assertThat(store.count("ls_registration")).isEqualTo(20_000);
            assertThat(store.count("ls_evidence")).isEqualTo(20_000);
            List<Registration> read = registrations.findByIds(batch.stream().map(Registration::id).toList());
            assertThat(read).hasSize(20_000);
            assertThat(registrations.findByUnit(VILLAGE, 2025, LearningModel.FAMILY)).hasSize(20_000);
            assertThat(registrations.findByUnit(VILLAGE, 2024, LearningModel.FAMILY)).isEmpty();
            assertThat(registrations.registeredAmong(
                    List.of(new SubjectId(1), new SubjectId(2), new SubjectId(30_000)), 2025))
                    .containsExactlyInAnyOrder(new SubjectId(1), new SubjectId(2));
            assertThat(registrations.countByStatus(List.of(VILLAGE, new UnitId(11)), 2025, LearningModel.FAMILY))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(RegistrationStatus.RECOGNISED, 10_000L,
                            RegistrationStatus.REGISTERED, 10_000L));
            List<Registration> changed = read.stream().map(r -> changed(r, RegistrationStatus.VERIFIED, null)).toList();
            registrations.updateAll(changed);
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_registration WHERE status = 'VERIFIED' AND version > 0"))
                    .isEqualTo(20_000);
        }
    }

    /** {@code r} as the domain would change it: new status, scores and evidence, the version it was read at. */
    private static Registration changed(Registration r, RegistrationStatus status, String reason) {
        return new Registration(r.id(), r.subject(), r.model(), r.unit(), r.year(), r.criteriaSet(), r.registeredAt(),
                status, Scores.of(Map.of("1.1", 5)), List.of(new Evidence("2.1", "ref", "Ảnh lớp học")),
                Instant.parse("2025-05-05T05:05:05Z"), false, Scores.empty(), null, null, null,
                status == RegistrationStatus.RECOGNISED ? new DecisionId(1) : null, reason, r.version());
    }
}
