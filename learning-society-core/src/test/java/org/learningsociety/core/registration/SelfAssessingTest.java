package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.RegistrationEvent.SelfAssessmentSubmitted;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.Subject;

class SelfAssessingTest {

    private final Services services = Services.haiPhong();
    private final YearlyRecords records = services.yearlyRecords();
    private final SelfAssessing selfAssessing = services.selfAssessing();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 2);
    private final List<Registration> registered = services.register(households, 2025);
    private final Registration first = registered.get(0);
    private final Registration second = registered.get(1);

    private SelfAssessment assessment(Registration registration, Scores scores) {
        return new SelfAssessment(registration.id(), scores, CriteriaFixture.evidence());
    }

    @Test
    void recordsTheScoresAndEvidenceOfARegisteredSubject() {
        services.events().clear();

        selfAssessing.selfAssess(assessment(first, CriteriaFixture.earning()), false);

        Registration stored = records.registration(first.id());
        assertThat(stored.status()).isEqualTo(RegistrationStatus.SELF_ASSESSED);
        assertThat(stored.selfScores()).isEqualTo(CriteriaFixture.earning());
        assertThat(stored.evidence()).isEqualTo(CriteriaFixture.evidence());
        assertThat(stored.selfAssessedAt()).isEqualTo(services.clock().instant());
        assertThat(services.events().all()).containsExactly(
                new SelfAssessmentSubmitted(first.id(), 90, false, services.clock().instant()));
    }

    @Test
    void aLateSubmissionIsKeptAndMarkedLate() {
        selfAssessing.selfAssess(assessment(first, CriteriaFixture.earning()), true);

        assertThat(records.registration(first.id()).selfAssessedLate()).isTrue();
        assertThat(services.events().ofType(SelfAssessmentSubmitted.class)).singleElement()
                .extracting(SelfAssessmentSubmitted::late).isEqualTo(true);
    }

    @Test
    void aLaterSubmissionReplacesAnEarlierOne() {
        selfAssessing.selfAssess(assessment(first, CriteriaFixture.belowTotal()), false);

        selfAssessing.selfAssess(assessment(first, CriteriaFixture.earning()), false);

        assertThat(records.registration(first.id()).selfScores()).isEqualTo(CriteriaFixture.earning());
    }

    @Test
    void refusesASelfAssessmentOfAnUnregisteredSubject() {
        Object before = services.state();
        RegistrationId unknown = new RegistrationId(999);

        refused(NotFoundException.class, "registrationId", unknown, () -> selfAssessing.selfAssessAll(List.of(
                assessment(first, CriteriaFixture.earning()),
                new SelfAssessment(unknown, CriteriaFixture.earning(), CriteriaFixture.evidence())), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesPointsAboveAnIndicatorsMaximumAndWritesNoneOfTheBatch() {
        Object before = services.state();
        services.events().clear();

        refused("scores[1.1].points", 11, () -> selfAssessing.selfAssessAll(List.of(
                assessment(first, CriteriaFixture.earning()),
                assessment(second, CriteriaFixture.with(CriteriaFixture.earning(), "1.1", 11))), false));

        assertThat(services.state()).isEqualTo(before);
        assertThat(records.registration(first.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesPointsBelowZeroAndWritesNothing() {
        Object before = services.state();

        refused("scores[4.1].points", -5, () -> selfAssessing.selfAssess(
                assessment(first, CriteriaFixture.with(CriteriaFixture.earning(), "4.1", -5)), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAnIndicatorNotInTheSetAndWritesNothing() {
        Object before = services.state();

        refused("scores.indicator", "5.1", () -> selfAssessing.selfAssess(
                assessment(first, CriteriaFixture.with(CriteriaFixture.earning(), "5.1", 1)), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAMissingIndicatorAndWritesNothing() {
        Object before = services.state();

        refused("scores.indicator", "2.2", () -> selfAssessing.selfAssess(
                assessment(first, CriteriaFixture.without(CriteriaFixture.earning(), "2.2")), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesMissingRequiredEvidenceAndWritesNothing() {
        Object before = services.state();

        refused("evidence", CriteriaFixture.EVIDENCED_INDICATOR, () -> selfAssessing.selfAssess(
                new SelfAssessment(first.id(), CriteriaFixture.earning(), List.of()), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesTheSameRegistrationTwiceInOneBatch() {
        Object before = services.state();

        refused("registrationId", first.id(), () -> selfAssessing.selfAssessAll(List.of(
                assessment(first, CriteriaFixture.earning()), assessment(first, CriteriaFixture.belowTotal())), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesASelfAssessmentOnceVerified() {
        services.selfAssess(first, CriteriaFixture.earning());
        services.verify(first, CriteriaFixture.earning());
        Object before = services.state();

        refused("registrationId", first.id(),
                () -> selfAssessing.selfAssess(assessment(first, CriteriaFixture.belowTotal()), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void anAssessmentKeepsItsCriteriaSetVersionAfterANewerVersionIsAdded() {
        CriteriaSet original = services.familySet(2025);
        CriteriaSet newer = services.criteriaSets().add(CriteriaFixture.family2026());

        selfAssessing.selfAssess(assessment(first, CriteriaFixture.earning()), false);

        Registration stored = records.registration(first.id());
        assertThat(stored.criteriaSet()).isEqualTo(original.id()).isNotEqualTo(newer.id());
        assertThat(stored.selfScores()).isEqualTo(CriteriaFixture.earning());
    }

    @Test
    void aNewerCriteriaSetVersionIsInForceForLaterYearsOnly() {
        CriteriaSet original = services.familySet(2025);
        CriteriaSet newer = services.criteriaSets().add(CriteriaFixture.family2026());

        Registration next = services.register(households.subList(0, 1), 2026).get(0);

        assertThat(next.criteriaSet()).isEqualTo(newer.id());
        assertThat(services.register(services.enrolFamilies("10507-TDP2", 1), 2025).get(0).criteriaSet())
                .isEqualTo(original.id());
    }

    @Test
    void scoresOfTheNewerVersionAreRefusedForARegistrationMadeUnderTheOlder() {
        services.criteriaSets().add(CriteriaFixture.family2026());
        Object before = services.state();

        refused("scores.indicator", "4.2", () -> selfAssessing.selfAssess(new SelfAssessment(first.id(),
                CriteriaFixture.with(CriteriaFixture.earning(), "4.2", 10), CriteriaFixture.evidence()), false));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void anAggregateScoredAgainstAnotherVersionIsRefused() {
        CriteriaSet newer = services.criteriaSets().add(CriteriaFixture.family2026());
        Registration loaded = records.registration(first.id());

        refused("criteriaSet", newer.version(), () -> loaded.selfAssess(newer, CriteriaFixture.earning(),
                CriteriaFixture.evidence(), services.clock().instant(), false));
    }
}
