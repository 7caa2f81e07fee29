package org.learningsociety.core.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.PlanFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.plan.AwardForm;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.referencedata.MalformedDataException;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/**
 * The forms of award come from the plan files: HCMC's three forms with who gives each and when, the
 * Prime Minister's Bằng khen only proposed upward at a review and recorded granted or not by the higher
 * body's decision, never proposed or issued by the yearly round.
 */
class AwardsFromPlansTest {

    private static final String PLANS = "org/learningsociety/referencedata/plans/";
    private static final String PROPOSER = "Hội Khuyến học phường Thành Đông";

    static Plan shipped(String id) {
        InputStream in = AwardsFromPlansTest.class.getClassLoader().getResourceAsStream(PLANS + id + ".yaml");
        return PlanFile.read(PLANS + id + ".yaml", in);
    }

    @Test
    void hcmcsPlanNamesItsThreeFormsWhoGivesEachAndWhen() {
        List<AwardForm> awards = shipped("hcmc-734-kh-ubnd-2024").awards();

        assertThat(awards).extracting(AwardForm::code)
                .containsExactly("BANG_KHEN_PRIME_MINISTER", "BANG_KHEN_PROVINCE", "GIAY_KHEN");
        assertThat(awards).extracting(AwardForm::name).containsExactly("Bằng khen của Thủ tướng Chính phủ",
                "Bằng khen của Ủy ban nhân dân Thành phố", "Giấy khen của các cơ quan, đơn vị, địa phương");
        AwardForm primeMinister = awards.get(0);
        assertThat(primeMinister.givenBy()).isEqualTo(new AwardForm.GivenBy("Thủ tướng Chính phủ", "CENTRE"));
        assertThat(primeMinister.issuance()).isEqualTo(AwardForm.Issuance.PROPOSED_UPWARD);
        assertThat(primeMinister.occasions()).containsExactly(AwardForm.REVIEW);
        assertThat(primeMinister.givenInTheYearlyRound()).isFalse();
        AwardForm city = awards.get(1);
        assertThat(city.givenBy()).isEqualTo(new AwardForm.GivenBy("Ủy ban nhân dân Thành phố", "PROVINCE"));
        assertThat(city.occasions()).containsExactly(AwardForm.LIFELONG_LEARNING_WEEK, AwardForm.REVIEW);
        assertThat(city.givenInTheYearlyRound()).isTrue();
        assertThat(awards.get(2).givenBy().level()).isEqualTo("LOCAL");
    }

    @Test
    void haiPhongsDraftAddsTheBangKhenOfMinistriesAndCentralOrganisationsProposedUpward() {
        List<AwardForm> awards = shipped("hai-phong-draft-2023").awards();

        assertThat(awards).extracting(AwardForm::code)
                .containsExactly("BANG_KHEN_PRIME_MINISTER", "BANG_KHEN_MINISTRY", "GIAY_KHEN");
        assertThat(awards.get(1).name()).isEqualTo("Bằng khen cấp bộ, ban, ngành, thành phố, đoàn thể Trung ương");
        assertThat(awards.get(1).issuance()).isEqualTo(AwardForm.Issuance.PROPOSED_UPWARD);
    }

    @Test
    void aPlanNamingNoFormsTakesItsParentsOnes() {
        Plan haiPhong = shipped("hai-phong-46-kh-ubnd-2022");
        assertThat(haiPhong.awards()).isEmpty();

        Plan overlaid = haiPhong.overlaidOn(shipped("programme-387"));

        assertThat(overlaid.award("BANG_KHEN_PRIME_MINISTER")).get()
                .satisfies(f -> assertThat(f.givenInTheYearlyRound()).isFalse());
        assertThat(overlaid.award("GIAY_KHEN")).get().satisfies(f -> assertThat(f.givenInTheYearlyRound()).isTrue());
    }

    @Test
    void anOlderVersionListingNamesAtReviewsIsReadAsFormsGivenAtReviewsWithNoIssuer() {
        String older = text("hcmc-734-kh-ubnd-2024").replaceFirst("(?s)awards:.*?\nmilestones:", """
                awards:
                  atReviews:
                    - Bằng khen của Thủ tướng Chính phủ
                    - Giấy khen của các cơ quan, đơn vị, địa phương

                milestones:""");

        List<AwardForm> awards = PlanFile.read("hcmc-734-kh-ubnd-2024.yaml",
                new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8))).awards();

        assertThat(awards).extracting(AwardForm::code).containsExactly("AT_REVIEW_1", "AT_REVIEW_2");
        assertThat(awards.get(0).name()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
        assertThat(awards).allSatisfy(f -> {
            assertThat(f.occasions()).containsExactly(AwardForm.REVIEW);
            assertThat(f.givenBy()).isNull();
            assertThat(f.issuedByTheProvince()).isFalse();
        });
    }

    @Test
    void refusesAFormWithAnOccasionTheFileDoesNotKnow() {
        String wrong = text("hcmc-734-kh-ubnd-2024").replace("occasions: [REVIEW]", "occasions: [EVERY_MONTH]");

        assertThatThrownBy(() -> PlanFile.read("hcmc-734-kh-ubnd-2024.yaml",
                new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("hcmc-734-kh-ubnd-2024.yaml")
                .hasMessageContaining("Dịp khen thưởng phải là một trong");
    }

    /** Hải Phòng's fixture units under a plan naming HCMC's forms, as read from its file. */
    private static final class UnderHcmcsForms {
        final Services services = Services.haiPhong();
        final CommendationService commendations;
        final Registration recognised;

        UnderHcmcsForms() {
            Plan base = PlanFixture.haiPhong2022();
            services.plans().save(new Plan(base.id(), base.version(), base.status(), base.issuer(), base.number(),
                    base.issuedOn(), base.issuedYear(), base.title(), base.scope(), base.legalBasis(), base.phases(),
                    base.indicators(), base.targets(), base.derivationRule(), base.milestones(), base.programme(),
                    base.parent(), base.tasks(), shipped("hcmc-734-kh-ubnd-2024").awards()));
            commendations = new CommendationService(services.commendations(), services.registrations(),
                    services.decisions(), services.unitDirectory(), services.transactions(), services.events(),
                    services.clock(), services.auditTrail(), org.learningsociety.core.shared.CurrentActor.SYSTEM,
                    new PlanAwardCatalogue(services.planDirectory()));
            List<Subject> households = services.enrolFamilies("10507-TDP1", 1);
            recognised = services.verified(households.get(0), 2025, CriteriaFixture.earning());
            services.recognise(2025, "125/QĐ-UBND", List.of(recognised.id()));
        }
    }

    @Test
    void theYearlyRoundNeverProposesThePrimeMinistersBangKhenEvenWhenTheRuleNamesIt() {
        UnderHcmcsForms under = new UnderHcmcsForms();
        ProposingCommendations round = new ProposingCommendations(new org.learningsociety.core.campaign.CampaignBatches(
                under.services.unitDirectory(), under.services.registrations(), under.services.clock()),
                under.services.registrations(), under.commendations);

        CommendationProposals proposals = round.proposeCommendations(2025, LearningModel.FAMILY, "10507",
                (model, years, points) -> java.util.Optional.of("BANG_KHEN_PRIME_MINISTER"), PROPOSER);

        assertThat(proposals.isEmpty()).isTrue();
        assertThat(under.services.commendations().rows()).isEmpty();
        refused("form", "BANG_KHEN_PRIME_MINISTER", () -> under.commendations.propose(
                List.of(under.recognised.id()), "BANG_KHEN_PRIME_MINISTER", PROPOSER));
    }

    @Test
    void theYearlyRoundStillProposesTheFormsThePlanGivesYearly() {
        UnderHcmcsForms under = new UnderHcmcsForms();
        ProposingCommendations round = new ProposingCommendations(new org.learningsociety.core.campaign.CampaignBatches(
                under.services.unitDirectory(), under.services.registrations(), under.services.clock()),
                under.services.registrations(), under.commendations);

        CommendationProposals proposals = round.proposeCommendations(2025, LearningModel.FAMILY, "10507",
                (model, years, points) -> java.util.Optional.of("BANG_KHEN_PROVINCE"), PROPOSER);

        assertThat(proposals.byForm()).containsOnlyKeys("BANG_KHEN_PROVINCE");
        assertThat(proposals.form("BANG_KHEN_PROVINCE")).get()
                .satisfies(f -> assertThat(f.name()).isEqualTo("Bằng khen của Ủy ban nhân dân Thành phố"));
    }

    @Test
    void aReviewProposesThePrimeMinistersBangKhenWhichTheProvinceCannotIssueAndThePortalRecordsTheCentralDecision() {
        UnderHcmcsForms under = new UnderHcmcsForms();

        List<Commendation> proposed = under.commendations.proposeAtReview(List.of(under.recognised.id()),
                "BANG_KHEN_PRIME_MINISTER", PROPOSER);
        CommendationId id = proposed.get(0).id();
        assertThat(proposed.get(0).status()).isEqualTo(CommendationStatus.PROPOSED);

        InvalidInputException provinceIssuing = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> under.commendations.decide(new NewDecision("88/QĐ-UBND",
                        LocalDate.of(2025, 12, 20), "Trần Văn Bình", "31"), "BANG_KHEN_PRIME_MINISTER", 2025,
                        LearningModel.FAMILY, List.of(id), Map.of()));
        assertThat(provinceIssuing.getMessage()).contains("Tỉnh, thành phố không ban hành Bằng khen của Thủ tướng "
                + "Chính phủ: chỉ đề nghị Thủ tướng Chính phủ khen thưởng");
        assertThat(under.services.commendations().findById(id).orElseThrow().status())
                .isEqualTo(CommendationStatus.PROPOSED);

        Decision central = under.commendations.recordHigherDecision(new NewDecision("1234/QĐ-TTg",
                LocalDate.of(2026, 3, 2), "Thủ tướng Chính phủ", "VN"), "BANG_KHEN_PRIME_MINISTER", 2025,
                LearningModel.FAMILY, List.of(id), true, null);

        Commendation granted = under.services.commendations().findById(id).orElseThrow();
        assertThat(granted.status()).isEqualTo(CommendationStatus.GRANTED);
        assertThat(granted.decision()).isEqualTo(central.id());
        assertThat(central.form()).isEqualTo("BANG_KHEN_PRIME_MINISTER");
        assertThat(under.services.unitDirectory().unitOn(central.issuingUnit(), LocalDate.of(2026, 3, 2)).code())
                .isEqualTo("VN");
    }

    @Test
    void thePortalRecordsAPrimeMinistersBangKhenNotGrantedWithTheReason() {
        UnderHcmcsForms under = new UnderHcmcsForms();
        CommendationId id = under.commendations.proposeAtReview(List.of(under.recognised.id()),
                "BANG_KHEN_PRIME_MINISTER", PROPOSER).get(0).id();

        under.commendations.recordHigherDecision(new NewDecision(null, null, null, null), "BANG_KHEN_PRIME_MINISTER",
                2025, LearningModel.FAMILY, List.of(id), false, "Chưa đủ thành tích theo Luật Thi đua, khen thưởng");

        Commendation notGranted = under.services.commendations().findById(id).orElseThrow();
        assertThat(notGranted.status()).isEqualTo(CommendationStatus.NOT_GRANTED);
        assertThat(notGranted.refusalReason()).isEqualTo("Chưa đủ thành tích theo Luật Thi đua, khen thưởng");
    }

    @Test
    void aHigherDecisionIsNotRecordedOnAFormTheProvinceIssuesItself() {
        UnderHcmcsForms under = new UnderHcmcsForms();
        CommendationId id = under.commendations.proposeAtReview(List.of(under.recognised.id()),
                "BANG_KHEN_PROVINCE", PROPOSER).get(0).id();

        refused("form", "BANG_KHEN_PROVINCE", () -> under.commendations.recordHigherDecision(new NewDecision(
                "1/QĐ-TTg", LocalDate.of(2026, 3, 2), "Thủ tướng Chính phủ", "VN"), "BANG_KHEN_PROVINCE", 2025,
                LearningModel.FAMILY, List.of(id), true, null));
    }

    private static String text(String id) {
        try (InputStream in = AwardsFromPlansTest.class.getClassLoader().getResourceAsStream(PLANS + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
