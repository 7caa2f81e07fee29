package org.learningsociety.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.OfficialCriteriaSets;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/**
 * What the People's Committee's recognition task asks before it closes: the decision it leads to would
 * be refused on a sample criteria set the province has not declared official, or when no one earns the
 * title — said then, while the officer can still read it, and nothing written.
 */
class CommuneRecognitionBeforeTheDecisionTest {

    private final Services services = Services.haiPhong();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 3);
    private final Registration earning = services.verified(households.get(0), 2025, CriteriaFixture.earning());

    private CommuneRecognition recognition(OfficialCriteriaSets official) {
        Recognising recognising = new Recognising(services.yearlyRecords(), services.decisions(),
                services.unitDirectory(), official);
        return new CommuneRecognition(new CampaignBatches(services.unitDirectory(), services.registrations(),
                services.clock()), services.registrations(), services.criteriaSets(), recognising);
    }

    @Test
    void aCommuneWhoseTitlesWouldRestOnASampleSetIsRefusedBeforeTheDecisionWithTheSetNamed() {
        Object before = services.state();

        Outcome outcome = recognition(OfficialCriteriaSets.ONLY_OFFICIAL)
                .mayRecogniseCommune(2025, LearningModel.FAMILY, "10507");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, refused -> assertThat(refused.reason())
                .contains("(family-sample-2022)").contains("là bộ mẫu, chưa được tỉnh công bố chính thức"));
        assertThat(services.state()).isEqualTo(before);
        assertThat(services.yearlyRecords().registration(earning.id()).status()).isEqualTo(RegistrationStatus.VERIFIED);
    }

    @Test
    void aCommuneOnASetTheProvinceDeclaredOfficialMayBeRecognised() {
        assertThat(recognition(new OfficialCriteriaSets(Set.of("family-sample-2022"), false))
                .mayRecogniseCommune(2025, LearningModel.FAMILY, "10507").isAllowed()).isTrue();
    }

    @Test
    void aCommuneWhereNoOneEarnsTheTitleIsRefusedSayingSo() {
        services.verified(households.get(1), 2026, CriteriaFixture.belowTotal());

        Outcome outcome = recognition(OfficialCriteriaSets.SAMPLES_ALLOWED)
                .mayRecogniseCommune(2026, LearningModel.FAMILY, "10507");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, refused -> assertThat(refused.reason())
                .contains("Không có hồ sơ").contains("đủ điều kiện công nhận"));
    }
}
