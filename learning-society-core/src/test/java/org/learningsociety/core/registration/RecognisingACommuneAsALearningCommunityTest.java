package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.referencedata.CriteriaFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.subject.SubjectKind;

/**
 * A commune as a learning community (Circular 25/2023/TT-BGDĐT) is scored on the commune's set and recognised by
 * the authority that set's file names on the decision's day: the district's People's Committee before the 2025
 * reform, the province's after; never by the commune itself, whose yearly recognition leaves it out.
 */
class RecognisingACommuneAsALearningCommunityTest {

    private static CriteriaSet shippedCommuneSet() {
        String name = ReferenceDataLoader.CRITERIA_FOLDER + "/community-25-2023-commune.yaml";
        return CriteriaFile.read(name, RecognisingACommuneAsALearningCommunityTest.class.getClassLoader()
                .getResourceAsStream(name));
    }

    private static Registration verifiedCommune(Services services, int year) {
        services.criteriaSets().add(shippedCommuneSet());
        Subject commune = services.subjectCatalogue().addAll(List.of(new NewSubject(LearningModel.COMMUNITY, "10507",
                "Phường như một cộng đồng học tập", "CDHT-10507"))).get(0);
        assertThat(commune.kind()).isEqualTo(SubjectKind.LOCALITY_COMMUNITY);
        Registration registration = services.register(List.of(commune), year).get(0);
        CriteriaSet set = services.yearlyRecords().setOf(registration);
        assertThat(set.key()).as("the commune's own set, not the village's").isEqualTo("community-25-2023-commune");
        Map<String, Integer> full = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            full.put(indicator.code(), indicator.maxPoints());
            evidence.add(new Evidence(indicator.code(), "tep/" + indicator.code() + ".pdf", "Minh chứng"));
        }
        services.selfAssessing().selfAssess(new SelfAssessment(registration.id(), Scores.of(full), evidence), false);
        services.verifying().verify(new Verification(registration.id(), Scores.of(full), "Sở Giáo dục và Đào tạo",
                null));
        return services.yearlyRecords().registration(registration.id());
    }

    private static NewDecision decisionOf(String unitCode, LocalDate day) {
        return new NewDecision("QĐ-" + unitCode + "-" + day, day, "Chủ tịch", unitCode);
    }

    @Test
    void afterTheReformTheProvinceRecognisesTheCommuneAndTheCommuneItselfIsRefusedNamingIt() {
        Services services = Services.haiPhong(LocalDate.of(2025, 10, 1));
        Registration commune = verifiedCommune(services, 2025);
        LocalDate december = LocalDate.of(2025, 12, 15);
        Recognising recognising = services.recognising();

        Outcome itself = recognising.mayRecogniseAs(commune.id(), decisionOf("10507", december));
        assertThat(itself).isInstanceOfSatisfying(Outcome.Rejected.class, refused -> {
            assertThat(refused.field()).isEqualTo("issuingUnitCode");
            assertThat(refused.reason()).contains("do Ủy ban nhân dân cấp tỉnh (Thành phố Hải Phòng) công nhận")
                    .contains("đơn vị ban hành Phường Thành Đông không có thẩm quyền");
        });
        Object before = services.state();
        assertThatThrownBy(() -> recognising.recogniseByAuthority(decisionOf("10507", december), commune.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(services.state()).isEqualTo(before);

        // the commune's yearly recognition leaves its own registration to the province
        CommuneRecognition communeRecognition = new CommuneRecognition(new CampaignBatches(services.unitDirectory(),
                services.registrations(), services.clock()), services.registrations(), services.criteriaSets(),
                recognising);
        assertThat(communeRecognition.mayRecogniseCommune(2025, LearningModel.COMMUNITY, "10507"))
                .isInstanceOf(Outcome.Rejected.class);

        Decision decision = recognising.recogniseByAuthority(decisionOf("31", december), commune.id());
        assertThat(decision.kind()).isEqualTo(Decision.Kind.RECOGNITION);
        assertThat(decision.model()).isEqualTo(LearningModel.COMMUNITY);
        assertThat(services.yearlyRecords().registration(commune.id()).status()).isEqualTo(RegistrationStatus.RECOGNISED);
    }

    @Test
    void beforeTheReformTheDistrictRecognisesTheCommuneNotTheProvince() {
        Services services = Services.haiPhong(LocalDate.of(2024, 10, 1));
        Registration commune = verifiedCommune(services, 2024);
        LocalDate december = LocalDate.of(2024, 12, 15);
        Recognising recognising = services.recognising();

        assertThat(recognising.mayRecogniseAs(commune.id(), decisionOf("30", december)))
                .isInstanceOfSatisfying(Outcome.Rejected.class, refused -> assertThat(refused.reason())
                        .contains("do Ủy ban nhân dân cấp huyện (Thành phố Hải Dương) công nhận"));
        assertThat(recognising.mayRecogniseAs(commune.id(), decisionOf("10507", december)).isAllowed()).isFalse();
        assertThat(recognising.mayRecogniseAs(commune.id(), decisionOf("288", december)).isAllowed()).isTrue();
    }
}
