package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.learningsociety.core.criteria.OfficialCriteriaSets;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.RegistrationEvent.TitleNotRecognised;
import org.learningsociety.core.registration.RegistrationEvent.TitleRecognised;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

class RecognisingTest {

    private static final LocalDate DECEMBER = LocalDate.of(2025, 12, 15);

    private final Services services = Services.haiPhong();
    private final YearlyRecords records = services.yearlyRecords();
    private final Recognising recognising = services.recognising();
    private final Verifying verifying = services.verifying();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 3);
    private final Registration earning = services.verified(households.get(0), 2025, CriteriaFixture.earning());
    private final Registration shortOfTotal = services.verified(households.get(1), 2025, CriteriaFixture.belowTotal());

    private NewDecision decision(String number, LocalDate date) {
        return new NewDecision(number, date, "Nguyễn Văn An", "10507");
    }

    @Test
    void oneDecisionRecognisesVerifiedSubjectsAndRecordsTheOthersWithTheirReasons() {
        services.events().clear();

        Decision decision = recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY,
                List.of(earning.id()), Map.of(shortOfTotal.id(), "Chưa đạt 80 điểm"));

        assertThat(decision.kind()).isEqualTo(Decision.Kind.RECOGNITION);
        assertThat(decision.issuingUnit()).isEqualTo(UnitFixture.THANH_DONG);
        assertThat(services.decisions().findById(decision.id())).contains(decision);
        Registration recognised = records.registration(earning.id());
        assertThat(recognised.status()).isEqualTo(RegistrationStatus.RECOGNISED);
        assertThat(recognised.decision()).isEqualTo(decision.id());
        Registration refused = records.registration(shortOfTotal.id());
        assertThat(refused.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
        assertThat(refused.nonRecognitionReason()).isEqualTo("Chưa đạt 80 điểm");
        assertThat(services.events().all()).containsExactly(
                new TitleRecognised(earning.id(), decision.id(), services.clock().instant()),
                new TitleNotRecognised(shortOfTotal.id(), "Chưa đạt 80 điểm", services.clock().instant()));
    }

    @Test
    void refusesATitleOnASampleCriteriaSetTheProvinceHasNotDeclaredOfficialAndWritesNothing() {
        Recognising onlyOfficial = new Recognising(records, services.decisions(), services.unitDirectory(),
                OfficialCriteriaSets.ONLY_OFFICIAL);
        Object before = services.state();
        services.events().clear();

        var refusal = refused("criteriaSet", "family-sample-2022", () -> onlyOfficial.recognise(
                decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY, List.of(earning.id()), Map.of()));

        assertThat(refusal.getMessage()).contains("Bộ tiêu chí “Bộ tiêu chí Gia đình học tập (mẫu)” (family-sample-2022)")
                .contains("là bộ mẫu, chưa được tỉnh công bố chính thức");
        assertThat(services.state()).isEqualTo(before);
        assertThat(services.decisions().all()).isEmpty();
        assertThat(records.registration(earning.id()).status()).isEqualTo(RegistrationStatus.VERIFIED);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void grantsATitleOnASampleSetTheProvinceHasDeclaredOfficial() {
        Recognising declared = new Recognising(records, services.decisions(), services.unitDirectory(),
                new OfficialCriteriaSets(Set.of("family-sample-2022"), false));

        Decision decision = declared.recognise(decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY,
                List.of(earning.id()), Map.of());

        assertThat(records.registration(earning.id()).decision()).isEqualTo(decision.id());
    }

    @Test
    void grantsATitleOnASampleSetWhereSampleSetsAreKnowinglyAllowed() {
        Recognising demo = new Recognising(records, services.decisions(), services.unitDirectory(),
                OfficialCriteriaSets.SAMPLES_ALLOWED);

        Decision decision = demo.recognise(decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY,
                List.of(earning.id()), Map.of());

        assertThat(records.registration(earning.id()).status()).isEqualTo(RegistrationStatus.RECOGNISED);
        assertThat(records.registration(earning.id()).decision()).isEqualTo(decision.id());
    }

    @Test
    void refusesARecognitionOfAnUnverifiedSubjectAndWritesNothing() {
        Registration unverified = services.register(households.subList(2, 3), 2025).get(0);
        Object before = services.state();
        services.events().clear();

        refused("registrationId", unverified.id(), () -> recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025,
                LearningModel.FAMILY, List.of(earning.id(), unverified.id()), Map.of()));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.decisions().all()).isEmpty();
        assertThat(records.registration(earning.id()).status()).isEqualTo(RegistrationStatus.VERIFIED);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesARecognitionWhoseVerifiedPointsDoNotEarnTheTitle() {
        Object before = services.state();

        var refusal = refused("registrationId", shortOfTotal.id(), () -> recognising.recognise(
                decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY, List.of(shortOfTotal.id()), Map.of()));

        assertThat(refusal.getMessage()).as("names the shortfall").contains("70").contains("80");

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesARecognitionWhenACriterionIsBelowItsMinimum() {
        Registration criterionShort = services.verified(households.get(2), 2025, CriteriaFixture.belowCriterionMinimum());
        Object before = services.state();

        refused("registrationId", criterionShort.id(), () -> recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025,
                LearningModel.FAMILY, List.of(criterionShort.id()), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesANonRecognitionWithoutAReason() {
        Object before = services.state();

        refused("reason", "", () -> recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY,
                List.of(earning.id()), Map.of(shortOfTotal.id(), "")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesADecisionDatedBeforeItsYear() {
        Object before = services.state();
        LocalDate lastYear = LocalDate.of(2024, 12, 30);

        refused("decisionDate", lastYear, () -> recognising.recognise(decision("125/QĐ-UBND", lastYear), 2025,
                LearningModel.FAMILY, List.of(earning.id()), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesADecisionNumberTheUnitHasAlreadyUsed() {
        services.recognise(2025, "125/QĐ-UBND", List.of(earning.id()));
        Registration another = services.verified(households.get(2), 2025, CriteriaFixture.earning());
        Object before = services.state();

        refused(ConflictException.class, "decisionNumber", "125/QĐ-UBND",
                () -> services.recognise(2025, "125/QĐ-UBND", List.of(another.id())));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesADecisionOfAnotherYearThanTheRegistrations() {
        Object before = services.state();

        refused("decisionNumber", "7/QĐ-UBND", () -> recognising.recognise(decision("7/QĐ-UBND", LocalDate.of(2026, 1, 5)),
                2026, LearningModel.FAMILY, List.of(earning.id()), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesADecisionWithoutRegistrations() {
        Object before = services.state();

        refused("registrationIds", "[]", () -> recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025,
                LearningModel.FAMILY, List.of(), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aRecognisedSubjectCannotBeRecognisedAgain() {
        services.recognise(2025, "125/QĐ-UBND", List.of(earning.id()));
        Object before = services.state();

        refused("registrationId", earning.id(), () -> services.recognise(2025, "126/QĐ-UBND", List.of(earning.id())));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesASubjectBothRecognisedAndNotRecognisedInOneDecision() {
        Object before = services.state();

        refused("registrationId", earning.id(), () -> recognising.recognise(decision("125/QĐ-UBND", DECEMBER), 2025,
                LearningModel.FAMILY, List.of(earning.id()), Map.of(earning.id(), "Đổi ý")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aRecognitionOfRegistrationsAsReadRefusesOneChangedSinceAndWritesNothing() {
        Registration read = records.registration(earning.id());
        Registration refusedAsRead = records.registration(shortOfTotal.id());
        // an officer re-verifies it after the commune's registrations were read
        verifying.verify(new org.learningsociety.core.registration.Verification(earning.id(), CriteriaFixture.earning(),
                "Hội Khuyến học phường", "Thẩm định lại"));
        Object before = services.state();
        services.events().clear();

        assertThatThrownBy(() -> recognising.recogniseAsRead(decision("126/QĐ-UBND", DECEMBER), 2025,
                LearningModel.FAMILY, List.of(read), Map.of(refusedAsRead, "Chưa đạt 80 điểm")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("thay đổi");

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void aRecognitionOfRegistrationsAsReadRecordsThemAsTheIdsWould() {
        Decision decision = recognising.recogniseAsRead(decision("127/QĐ-UBND", DECEMBER), 2025, LearningModel.FAMILY,
                List.of(records.registration(earning.id())),
                Map.of(records.registration(shortOfTotal.id()), "Chưa đạt 80 điểm"));

        assertThat(records.registration(earning.id()).decision()).isEqualTo(decision.id());
        assertThat(records.registration(earning.id()).status()).isEqualTo(RegistrationStatus.RECOGNISED);
        assertThat(records.registration(shortOfTotal.id()).status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
        assertThat(records.registration(shortOfTotal.id()).nonRecognitionReason()).isEqualTo("Chưa đạt 80 điểm");
    }
}
