package org.learningsociety.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.fakes.FakeTransactions;
import org.learningsociety.core.fakes.InMemoryAdministrativeUnits;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.SelfAssessmentWindow;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/** A self-assessment is late when the window of its commune's cycle closed: a village's commune's. */
class LateSelfAssessmentsTest {

    private static final Instant OCTOBER = Instant.parse("2026-10-05T03:00:00Z");
    private final Set<CycleKey> closed = new HashSet<>();
    private final LateSelfAssessments lateness;

    LateSelfAssessmentsTest() {
        InMemoryAdministrativeUnits units = new InMemoryAdministrativeUnits();
        UnitFixture.loadInto(units);
        Clock clock = Clock.fixed(OCTOBER, ZoneOffset.UTC);
        lateness = new LateSelfAssessments(new UnitDirectory(units, new FakeTransactions(java.util.List.of(units)), clock), (model, year, commune) -> closed.contains(new CycleKey(model, year, commune)),
                clock);
    }

    @Test
    void aHouseholdOfAVillageBelongsToItsCommunesCycle() {
        assertThat(lateness.cycleOf(registrationIn(UnitFixture.GROUP_2)))
                .isEqualTo(new CycleKey(LearningModel.FAMILY, 2026, "10507"));
    }

    @Test
    void isLateOnlyOnceTheCommunesWindowClosed() {
        Registration registration = registrationIn(UnitFixture.GROUP_1);
        assertThat(lateness.late(registration)).isFalse();

        closed.add(new CycleKey(LearningModel.FAMILY, 2026, "10532"));
        assertThat(lateness.late(registration)).as("another commune's window").isFalse();

        closed.add(new CycleKey(LearningModel.FAMILY, 2026, "10507"));
        assertThat(lateness.late(registration)).isTrue();
    }

    @Test
    void withoutAnEngineNothingIsLate() {
        assertThat(SelfAssessmentWindow.ALWAYS_OPEN.closed(LearningModel.FAMILY, 2026, "10507")).isFalse();
    }

    private static Registration registrationIn(UnitId unit) {
        Subject household = new Subject(new SubjectId(7), SubjectKind.HOUSEHOLD, unit, "Hộ ông Nguyễn Văn Bình",
                "HGD-007");
        return Registration.register(new RegistrationId(42), household, 2026,
                CriteriaFixture.family2026().withId(new CriteriaSetId(1)), OCTOBER).registration();
    }
}
