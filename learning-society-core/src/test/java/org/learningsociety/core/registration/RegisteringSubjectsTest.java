package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.RegistrationEvent.SubjectRegistered;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;

class RegisteringSubjectsTest {

    private final Services services = Services.haiPhong();
    private final Registering registering = services.registering();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 3);

    @Test
    void registersEachSubjectAgainstTheCriteriaSetInForceInTheUnitItBelongsTo() {
        List<Registration> registered = services.register(households, 2025);

        assertThat(registered).hasSize(3);
        assertThat(registered).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(r.year()).isEqualTo(2025);
            assertThat(r.model()).isEqualTo(LearningModel.FAMILY);
            assertThat(r.unit()).isEqualTo(UnitFixture.GROUP_1);
            assertThat(r.criteriaSet()).isEqualTo(services.familySet(2025).id());
            assertThat(r.registeredAt()).isEqualTo(services.clock().instant());
        });
        assertThat(services.registrations().rows()).hasSize(3);
    }

    @Test
    void publishesOneSubjectRegisteredPerSubject() {
        List<Registration> registered = services.register(households.subList(0, 1), 2025);

        assertThat(services.events().all()).singleElement().isEqualTo(new SubjectRegistered(registered.get(0).id(),
                households.get(0).id(), LearningModel.FAMILY, UnitFixture.GROUP_1, 2025, services.clock().instant()));
    }

    @Test
    void refusesAYearOutsideThePlanAndWritesNothing() {
        Object before = services.state();

        refused(InvalidInputException.class, "year", 2031, () -> services.register(households, 2031));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesAYearNoCriteriaSetIsInForceFor() {
        Object before = services.state();

        refused(NotFoundException.class, "year", 2021, () -> services.register(households, 2021));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesTheSameSubjectTwiceInOneBatchAndWritesNoneOfIt() {
        Object before = services.state();
        SubjectId twice = households.get(1).id();

        refused(ConflictException.class, "subjectId", twice, () -> registering.registerAll(
                List.of(households.get(0).id(), twice, households.get(2).id(), twice), 2025));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesTheSameSubjectTwiceInAYearAcrossBatches() {
        services.register(households.subList(0, 1), 2025);
        Object before = services.state();

        refused(ConflictException.class, "subjectId", households.get(0).id(),
                () -> services.register(households, 2025));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void theSameSubjectMayRegisterAgainNextYear() {
        services.register(households, 2025);

        assertThat(services.register(households, 2026)).hasSize(3);
    }

    @Test
    void refusesAnUnknownSubject() {
        Object before = services.state();
        SubjectId unknown = new SubjectId(999);

        refused(NotFoundException.class, "subjectId", unknown,
                () -> registering.registerAll(List.of(households.get(0).id(), unknown), 2025));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void theStoreItselfRefusesASecondRegistrationOfASubjectInAYear() {
        Registration first = services.register(households.subList(0, 1), 2025).get(0);
        Registration copy = Registration.register(new RegistrationId(500), households.get(0), 2025,
                services.familySet(2025), services.clock().instant()).registration();
        Object before = services.state();

        refused(ConflictException.class, "subjectId", first.subject(),
                () -> services.registrations().addAll(List.of(copy)));

        assertThat(services.state()).isEqualTo(before);
    }
}
