package org.learningsociety.core.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.Subject;

class FakesBehaveLikeTheDatabaseTest {

    private final Services services = Services.haiPhong();
    private final InMemoryRegistrations registrations = services.registrations();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 2);

    private Registration newRegistration(long id, Subject subject) {
        return Registration.register(new RegistrationId(id), subject, 2025, services.familySet(2025),
                services.clock().instant()).registration();
    }

    @Test
    void aTransactionThatThrowsLeavesEveryStoreAsItWas() {
        Object before = services.state();

        assertThatThrownBy(() -> services.transactions().run(() -> {
            registrations.addAll(List.of(newRegistration(registrations.nextIds(1).value(), households.get(0))));
            services.subjects().moveTo(households.get(1).id(), households.get(0).unit());
            throw new IllegalStateException("hỏng giữa chừng");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.transactions().rolledBack()).isEqualTo(1);
    }

    @Test
    void aTransactionThatSucceedsKeepsItsWrites() {
        services.transactions().run(() ->
                registrations.addAll(List.of(newRegistration(registrations.nextIds(1).value(), households.get(0)))));

        assertThat(registrations.rows()).hasSize(1);
    }

    @Test
    void aSubjectRegisteredTwiceInOneBatchIsAConflictAndNothingIsWritten() {
        Object before = services.state();

        refused(ConflictException.class, "subjectId", households.get(0).id(), () -> registrations.addAll(List.of(
                newRegistration(1, households.get(0)), newRegistration(2, households.get(0)))));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void readsAreCopiesSoAnUnsavedChangeIsNotStored() {
        registrations.addAll(List.of(newRegistration(1, households.get(0))));
        Registration read = registrations.findById(new RegistrationId(1)).orElseThrow();

        read.selfAssess(services.familySet(2025), CriteriaFixture.earning(), CriteriaFixture.evidence(),
                services.clock().instant(), false);

        assertThat(registrations.findById(new RegistrationId(1)).orElseThrow().status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void everyWriteMovesTheVersionOnAndAStaleOneIsAConflictWithNothingOfTheBatchWritten() {
        registrations.addAll(List.of(newRegistration(1, households.get(0)), newRegistration(2, households.get(1))));
        Registration stale = registrations.findById(new RegistrationId(1)).orElseThrow();
        registrations.updateAll(List.of(registrations.findById(new RegistrationId(1)).orElseThrow()));
        Registration fresh = registrations.findById(new RegistrationId(2)).orElseThrow();
        fresh.selfAssess(services.familySet(2025), CriteriaFixture.earning(), CriteriaFixture.evidence(),
                services.clock().instant(), false);
        Object before = services.state();

        refused(ConflictException.class, "registrationId", stale.id(),
                () -> registrations.updateAll(List.of(fresh, stale)));

        assertThat(services.state()).isEqualTo(before);
        assertThat(registrations.findById(new RegistrationId(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(registrations.findById(new RegistrationId(2)).orElseThrow().status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aDecisionNumberIsUniquePerIssuingUnit() {
        services.recognise(2025, "1/QĐ-UBND", List.of(
                services.verified(households.get(0), 2025, CriteriaFixture.earning()).id()));
        Decision stored = services.decisions().all().get(0);
        Decision again = new Decision(services.decisions().nextId(), stored.kind(),
                stored.number(), stored.date(), stored.signer(), stored.issuingUnit(), stored.year(), stored.model(), null);

        refused(ConflictException.class, "decisionNumber", "1/QĐ-UBND", () -> services.decisions().add(again));
    }

    @Test
    void theTestClockMovesOnlyWhenTold() {
        TestClock clock = TestClock.on(LocalDate.of(2025, 10, 1));
        Instant first = clock.instant();

        clock.setDate(LocalDate.of(2026, 1, 1));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(clock.instant()).isAfter(first);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
