package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.RegistrationEvent.AssessmentVerified;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.Subject;

class VerifyingTest {

    private final Services services = Services.haiPhong();
    private final YearlyRecords records = services.yearlyRecords();
    private final Verifying verifying = services.verifying();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 2);
    private final List<Registration> registered = services.register(households, 2025);
    private final Registration first = registered.get(0);
    private final Registration second = registered.get(1);

    @Test
    void theAssociationSetsTheVerifiedPointsOfASelfAssessedSubject() {
        services.selfAssess(first, CriteriaFixture.earning());
        services.events().clear();

        verifying.verify(new Verification(first.id(), CriteriaFixture.belowTotal(), "Hội Khuyến học phường", "Hạ điểm 1.3"));

        Registration stored = records.registration(first.id());
        assertThat(stored.status()).isEqualTo(RegistrationStatus.VERIFIED);
        assertThat(stored.verifiedScores()).isEqualTo(CriteriaFixture.belowTotal());
        assertThat(stored.selfScores()).isEqualTo(CriteriaFixture.earning());
        assertThat(stored.verifier()).isEqualTo("Hội Khuyến học phường");
        assertThat(stored.verificationNote()).isEqualTo("Hạ điểm 1.3");
        assertThat(services.events().all()).containsExactly(new AssessmentVerified(first.id(), 70, false,
                "Hội Khuyến học phường", services.clock().instant()));
    }

    @Test
    void theVerifiedEventSaysWhetherThePointsEarnTheTitle() {
        services.selfAssess(first, CriteriaFixture.earning());

        services.verify(first, CriteriaFixture.earning());

        assertThat(services.events().ofType(AssessmentVerified.class)).singleElement()
                .satisfies(e -> assertThat(e.earnsTitle()).isTrue())
                .satisfies(e -> assertThat(e.verifiedTotal()).isEqualTo(90));
    }

    @Test
    void refusesToVerifyASubjectThatHasNotSelfAssessed() {
        Object before = services.state();

        refused("registrationId", first.id(), () -> services.verify(first, CriteriaFixture.earning()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAVerificationWithoutAVerifier() {
        services.selfAssess(first, CriteriaFixture.earning());
        Object before = services.state();

        refused("verifier", " ", () -> verifying.verify(new Verification(first.id(), CriteriaFixture.earning(), " ", null)));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesVerifiedPointsAboveAnIndicatorsMaximumAndWritesNoneOfTheBatch() {
        services.selfAssess(first, CriteriaFixture.earning());
        services.selfAssess(second, CriteriaFixture.earning());
        Object before = services.state();

        refused("scores[4.1].points", 25, () -> verifying.verifyAll(List.of(
                new Verification(first.id(), CriteriaFixture.earning(), "Hội Khuyến học phường", null),
                new Verification(second.id(), CriteriaFixture.with(CriteriaFixture.earning(), "4.1", 25),
                        "Hội Khuyến học phường", null))));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aVerifiedSubjectMayBeVerifiedAgainBeforeRecognition() {
        services.selfAssess(first, CriteriaFixture.earning());
        services.verify(first, CriteriaFixture.belowTotal());

        services.verify(first, CriteriaFixture.earning());

        assertThat(records.registration(first.id()).verifiedScores()).isEqualTo(CriteriaFixture.earning());
    }

    @Test
    void aChangeMadeFromAStaleReadIsRefusedAsAConflict() {
        services.selfAssess(first, CriteriaFixture.earning());
        Registration officerA = records.registration(first.id());
        Registration officerB = records.registration(first.id());
        officerA.verify(services.familySet(2025), CriteriaFixture.earning(), "Cán bộ A", null, services.clock().instant());
        officerB.verify(services.familySet(2025), CriteriaFixture.belowTotal(), "Cán bộ B", null, services.clock().instant());
        services.registrations().updateAll(List.of(officerA));
        Object before = services.state();

        refused(ConflictException.class, "registrationId", first.id(),
                () -> services.registrations().updateAll(List.of(officerB)));

        assertThat(services.state()).isEqualTo(before);
        assertThat(records.registration(first.id()).verifier()).isEqualTo("Cán bộ A");
    }
}
