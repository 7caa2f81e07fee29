package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsociety.core.attainment.UnitCounts;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitId;

class AttainmentCountsPersistenceTest {

    private static final UnitId A = new UnitId(1);
    private static final UnitId B = new UnitId(2);
    private static final UnitId C = new UnitId(3);
    private static final UnitId EMPTY = new UnitId(4);

    @OnBothDatabases
    void countsSubjectsOfTheModelAndRegistrationsAndRecognitionsOfTheYearPerUnit(Database database) {
        try (Store store = database.freshStore()) {
            var persistence = store.persistence();
            List<Subject> subjects = new ArrayList<>();
            subjects.addAll(StoredFixtures.households(1, A, 10, "A"));
            subjects.addAll(StoredFixtures.households(11, B, 4, "B"));
            subjects.add(new Subject(new SubjectId(100), SubjectKind.CLAN, A, "Dòng họ Lê", "CLAN-1"));
            subjects.add(new Subject(new SubjectId(101), SubjectKind.HOUSEHOLD, C, "Hộ ở C", "C-1"));
            persistence.subjects().addAll(subjects);

            List<Registration> registrations = new ArrayList<>();
            long id = 1;
            CriteriaSetId set = new CriteriaSetId(1);
            for (int i = 0; i < 6; i++) { // A: 6 registered in 2025, 4 of them recognised
                Subject s = subjects.get(i);
                registrations.add(i < 4 ? StoredFixtures.verified(new RegistrationId(id++), s, 2025, set)
                        : StoredFixtures.registered(new RegistrationId(id++), s, 2025, set));
            }
            registrations.add(StoredFixtures.verified(new RegistrationId(id++), subjects.get(0), 2024, set)); // other year
            registrations.add(StoredFixtures.verified(new RegistrationId(id++), subjects.get(14), 2025, set)); // clan
            registrations.add(StoredFixtures.registered(new RegistrationId(id++), subjects.get(10), 2025, set)); // B
            persistence.registrations().addAll(registrations);

            Map<UnitId, UnitCounts> counts = persistence.attainmentCounts()
                    .countsByUnit(List.of(A, B, EMPTY), 2025, LearningModel.FAMILY);

            assertThat(counts).containsOnly(
                    Map.entry(A, new UnitCounts(10, 6, 4)),
                    Map.entry(B, new UnitCounts(4, 1, 0)));
            assertThat(persistence.attainmentCounts().countsByUnit(List.of(A), 2025, LearningModel.CLAN))
                    .containsOnly(Map.entry(A, new UnitCounts(1, 1, 1)));
            assertThat(persistence.attainmentCounts().countsByUnit(List.of(), 2025, LearningModel.CLAN)).isEmpty();
        }
    }

    @OnBothDatabases
    void countsOverMoreUnitsThanOneInListHolds(Database database) {
        try (Store store = database.freshStore()) {
            var persistence = store.persistence();
            List<Subject> subjects = new ArrayList<>();
            List<UnitId> units = new ArrayList<>();
            for (int u = 0; u < 1_200; u++) {
                units.add(new UnitId(10_000 + u));
                subjects.add(new Subject(new SubjectId(u + 1), SubjectKind.HOUSEHOLD, units.get(u), "Hộ " + u, "H" + u));
            }
            persistence.subjects().addAll(subjects);

            Map<UnitId, UnitCounts> counts = persistence.attainmentCounts().countsByUnit(units, 2025, LearningModel.FAMILY);

            assertThat(counts).hasSize(1_200).allSatisfy((unit, c) -> assertThat(c).isEqualTo(new UnitCounts(1, 0, 0)));
        }
    }
}
