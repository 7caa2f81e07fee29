package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;

/** Each rule of a subject's year, alone. */
class RegistrationPoliciesTest {

    private static final Instant AT = Instant.parse("2025-10-01T01:00:00Z");

    private final CriteriaSet set = CriteriaFixture.family().withId(new CriteriaSetId(1));
    private final Decision recognition = new Decision(new DecisionId(3), Decision.Kind.RECOGNITION, "125/QĐ-UBND",
            LocalDate.of(2025, 12, 15), "Nguyễn Văn An", UnitFixture.THANH_DONG, 2025, LearningModel.FAMILY, null);

    private static Registration in(RegistrationStatus status, Scores verified) {
        return new Registration(new RegistrationId(42), new SubjectId(7), LearningModel.FAMILY, UnitFixture.GROUP_1,
                2025, new CriteriaSetId(1), AT, status, CriteriaFixture.earning(), CriteriaFixture.evidence(), AT,
                false, verified, "Hội Khuyến học phường", null, AT, null, null, 3);
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "SELF_ASSESSED"})
    void aSubjectSelfAssessesUntilItIsVerified(RegistrationStatus status) {
        assertThat(RegistrationPolicies.selfAssessmentAllowed(in(status, Scores.empty())).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"VERIFIED", "RECOGNISED", "NOT_RECOGNISED"})
    void aSubjectNoLongerSelfAssessesOnceVerified(RegistrationStatus status) {
        Outcome outcome = RegistrationPolicies.selfAssessmentAllowed(in(status, Scores.empty()));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo("registrationId");
            assertThat(rejected.value()).isEqualTo(new RegistrationId(42));
            assertThat(rejected.reason()).contains(status.vietnameseName());
        });
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "RECOGNISED", "NOT_RECOGNISED"})
    void onlyASelfAssessedOrVerifiedSubjectIsVerified(RegistrationStatus status) {
        assertThat(RegistrationPolicies.verificationAllowed(in(status, Scores.empty())).isAllowed()).isFalse();
    }

    @Test
    void scoresAreCheckedOnlyAgainstTheVersionTheSubjectRegisteredWith() {
        CriteriaSet other = CriteriaFixture.family2026().withId(new CriteriaSetId(2));

        assertThat(RegistrationPolicies.scoredAgainstOwnSet(in(RegistrationStatus.REGISTERED, Scores.empty()), set)
                .isAllowed()).isTrue();
        assertThat(RegistrationPolicies.scoredAgainstOwnSet(in(RegistrationStatus.REGISTERED, Scores.empty()), other))
                .isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void aVerifiedSubjectWhosePointsEarnTheTitleMayBeRecognised() {
        assertThat(RegistrationPolicies.recognitionAllowed(in(RegistrationStatus.VERIFIED, CriteriaFixture.earning()),
                set, recognition).isAllowed()).isTrue();
    }

    @Test
    void aSelfAssessedButUnverifiedSubjectMayNotBeRecognised() {
        Outcome outcome = RegistrationPolicies.recognitionAllowed(
                in(RegistrationStatus.SELF_ASSESSED, CriteriaFixture.earning()), set, recognition);

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).field()).isEqualTo("registrationId");
    }

    @Test
    void verifiedPointsShortOfTheTitleMayNotBeRecognised() {
        Outcome outcome = RegistrationPolicies.recognitionAllowed(
                in(RegistrationStatus.VERIFIED, CriteriaFixture.belowCriterionMinimum()), set, recognition);

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).reason()).contains("Tiêu chí 1");
    }

    @Test
    void aDecisionOfAnotherModelMayNotRecognise() {
        Decision clans = new Decision(new DecisionId(4), Decision.Kind.RECOGNITION, "126/QĐ-UBND",
                LocalDate.of(2025, 12, 15), "Nguyễn Văn An", UnitFixture.THANH_DONG, 2025, LearningModel.CLAN, null);

        Outcome outcome = RegistrationPolicies.recognitionAllowed(
                in(RegistrationStatus.VERIFIED, CriteriaFixture.earning()), set, clans);

        assertThat(outcome).isEqualTo(Outcome.rejected("decisionNumber", "126/QĐ-UBND",
                ((Outcome.Rejected) outcome).reason()));
    }

    @Test
    void aNonRecognitionNeedsAVerifiedSubjectAndAReason() {
        assertThat(RegistrationPolicies.nonRecognitionAllowed(in(RegistrationStatus.VERIFIED, CriteriaFixture.earning()),
                "Chuyển đi nơi khác").isAllowed()).isTrue();
        assertThat(RegistrationPolicies.nonRecognitionAllowed(in(RegistrationStatus.VERIFIED, CriteriaFixture.earning()),
                null)).isEqualTo(Outcome.rejected("reason", null, "Phải nêu lý do không công nhận"));
        assertThat(RegistrationPolicies.nonRecognitionAllowed(in(RegistrationStatus.REGISTERED, Scores.empty()),
                "Chuyển đi nơi khác").isAllowed()).isFalse();
    }

    @Test
    void aRefusalThrowsAsAnInvalidInputNamingFieldAndValue() {
        Outcome outcome = RegistrationPolicies.nonRecognitionAllowed(
                in(RegistrationStatus.VERIFIED, CriteriaFixture.earning()), " ");

        refused("reason", " ", outcome::orThrow);
    }
}
