package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.attainment.UnitCounts;
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
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitId;

/**
 * The per-unit counts of V5 ({@code ls_subject_count}, {@code ls_registration_count}) are what
 * counting the rows gives, after every kind of write the library makes — and after a refused one.
 */
class UnitCountsFollowTheRowsTest {

    private static final CriteriaSetId SET = new CriteriaSetId(1);
    private static final UnitId A = new UnitId(1);
    private static final UnitId B = new UnitId(2);

    /** Rows of the first query that the second lacks, and the other way round: 0 when they agree. */
    private static final String SUBJECTS_DIFFER = "SELECT COUNT(*) FROM ("
            + "(SELECT unit_id, model, COUNT(*) AS total FROM ls_subject GROUP BY unit_id, model "
            + "EXCEPT SELECT unit_id, model, total FROM ls_subject_count WHERE total <> 0) "
            + "UNION ALL "
            + "(SELECT unit_id, model, total FROM ls_subject_count WHERE total <> 0 "
            + "EXCEPT SELECT unit_id, model, COUNT(*) FROM ls_subject GROUP BY unit_id, model)) d";
    private static final String REGISTRATIONS_DIFFER = "SELECT COUNT(*) FROM ("
            + "(SELECT unit_id, record_year, model, status, COUNT(*) AS total FROM ls_registration "
            + "GROUP BY unit_id, record_year, model, status "
            + "EXCEPT SELECT unit_id, record_year, model, status, total FROM ls_registration_count WHERE total <> 0) "
            + "UNION ALL "
            + "(SELECT unit_id, record_year, model, status, total FROM ls_registration_count WHERE total <> 0 "
            + "EXCEPT SELECT unit_id, record_year, model, status, COUNT(*) FROM ls_registration "
            + "GROUP BY unit_id, record_year, model, status)) d";

    @OnBothDatabases
    void countsFollowAddingMovingRegisteringChangingAndARefusedBatch(Database database) {
        try (Store store = database.freshStore()) {
            var persistence = store.persistence();
            List<Subject> subjects = new ArrayList<>(StoredFixtures.households(1, A, 6, "A"));
            subjects.addAll(StoredFixtures.households(7, B, 3, "B"));
            subjects.add(new Subject(new SubjectId(100), SubjectKind.CLAN, A, "Dòng họ Lê", "CLAN-1"));
            persistence.subjects().addAll(subjects);
            assertAgree(store);

            Registrations registrations = persistence.registrations();
            long first = registrations.nextIds(10).value();
            List<Registration> made = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                made.add(i % 2 == 0 ? StoredFixtures.verified(new RegistrationId(first + i), subjects.get(i), 2025, SET)
                        : StoredFixtures.registered(new RegistrationId(first + i), subjects.get(i), 2025, SET));
            }
            made.add(StoredFixtures.verified(new RegistrationId(first + 8), subjects.get(9), 2025, SET)); // the clan
            registrations.addAll(made);
            assertAgree(store);

            // a refused batch (the second registration of a subject and year) leaves the counts as they were
            assertThatThrownBy(() -> registrations.addAll(List.of(
                    StoredFixtures.registered(new RegistrationId(first + 9), subjects.get(8), 2025, SET),
                    StoredFixtures.registered(new RegistrationId(first + 10), subjects.get(0), 2025, SET))))
                    .isInstanceOf(ConflictException.class);
            assertAgree(store);

            // statuses change: recognised, not recognised, and one written again with its status unchanged
            List<Registration> read = registrations.findByIds(made.stream().map(Registration::id).toList());
            List<Registration> changed = new ArrayList<>();
            for (Registration r : read) {
                if (r.subject().value() <= 4) {
                    changed.add(withStatus(r, r.subject().value() % 2 == 0 ? RegistrationStatus.RECOGNISED
                            : RegistrationStatus.NOT_RECOGNISED));
                } else if (r.subject().value() == 5) {
                    changed.add(withStatus(r, r.status()));
                }
            }
            registrations.updateAll(changed);
            assertAgree(store);

            // a stale write is refused and changes no count
            assertThatThrownBy(() -> registrations.updateAll(List.of(changed.get(0))))
                    .isInstanceOf(ConflictException.class);
            assertAgree(store);

            // a household moves: its subject counts where it lives now, its registration where it was made
            persistence.subjects().moveTo(new SubjectId(1), B);
            persistence.subjects().moveTo(new SubjectId(2), A); // a move to where it is already
            assertAgree(store);

            Map<UnitId, UnitCounts> counts = persistence.attainmentCounts()
                    .countsByUnit(List.of(A, B), 2025, LearningModel.FAMILY);
            assertThat(counts).containsOnly(
                    Map.entry(A, new UnitCounts(5, 6, 3)),
                    Map.entry(B, new UnitCounts(4, 2, 1)));
            assertThat(registrations.countByStatus(List.of(A, B), 2025, LearningModel.FAMILY)).containsOnly(
                    Map.entry(RegistrationStatus.RECOGNISED, 4L), Map.entry(RegistrationStatus.NOT_RECOGNISED, 2L),
                    Map.entry(RegistrationStatus.REGISTERED, 2L));
        }
    }

    @OnBothDatabases
    void theMigrationCountsTheRowsAlreadyStored(Database database) {
        try (Store store = database.freshStore()) {
            var persistence = store.persistence();
            persistence.subjects().addAll(StoredFixtures.households(1, A, 3, "A"));
            long first = persistence.registrations().nextIds(1).value();
            persistence.registrations().addAll(List.of(StoredFixtures.registered(new RegistrationId(first),
                    StoredFixtures.households(1, A, 1, "A").get(0), 2025, SET)));
            // as before V5: rows without counts; then V5's filling statements
            store.execute("DELETE FROM ls_subject_count");
            store.execute("DELETE FROM ls_registration_count");
            List<String> fill = v5Fill();
            assertThat(fill).hasSize(2);
            for (String statement : fill) {
                store.execute(statement);
            }

            assertAgree(store);
            assertThat(store.queryLong("SELECT SUM(total) FROM ls_subject_count")).isEqualTo(3);
        }
    }

    /** The filling statements of the migration itself, read from its script. */
    private static List<String> v5Fill() {
        try (var in = SchemaMigrations.class.getResourceAsStream(SchemaMigrations.FOLDER + "V5__unit_counts.sql")) {
            String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return SchemaMigrations.statements(script).stream().filter(s -> s.startsWith("INSERT")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertAgree(Store store) {
        assertThat(store.queryLong(SUBJECTS_DIFFER)).as("ls_subject_count against the subjects").isZero();
        assertThat(store.queryLong(REGISTRATIONS_DIFFER)).as("ls_registration_count against the registrations").isZero();
    }

    private static Registration withStatus(Registration r, RegistrationStatus status) {
        return new Registration(r.id(), r.subject(), r.model(), r.unit(), r.year(), r.criteriaSet(), r.registeredAt(),
                status, Scores.of(Map.of("1.1", 5)), List.of(new Evidence("2.1", "ref", "Ảnh lớp học")),
                Instant.parse("2025-05-05T05:05:05Z"), false, Scores.empty(), null, null, null,
                status == RegistrationStatus.RECOGNISED ? new DecisionId(1) : null,
                status == RegistrationStatus.NOT_RECOGNISED ? "Thiếu minh chứng" : null, r.version());
    }
}
