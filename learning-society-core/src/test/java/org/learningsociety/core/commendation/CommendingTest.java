package org.learningsociety.core.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.commendation.CommendationEvent.CommendationApproved;
import org.learningsociety.core.commendation.CommendationEvent.CommendationProposed;
import org.learningsociety.core.commendation.CommendationEvent.CommendationRefused;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

class CommendingTest {

    private static final String PROPOSER = "Hội Khuyến học phường Thành Đông";

    private final Services services = Services.haiPhong();
    private final CommendationService commendations = services.commendationService();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 3);
    private final Registration recognised = services.verified(households.get(0), 2025, CriteriaFixture.earning());
    private final Registration alsoRecognised = services.verified(households.get(1), 2025, CriteriaFixture.earning());
    private final Registration onlyVerified = services.verified(households.get(2), 2025, CriteriaFixture.earning());

    CommendingTest() {
        services.recognise(2025, "125/QĐ-UBND", List.of(recognised.id(), alsoRecognised.id()));
        services.events().clear();
    }

    private Decision decide(String number, LocalDate date, List<CommendationId> approved,
            Map<CommendationId, String> refused) {
        return commendations.decide(new NewDecision(number, date, "Trần Văn Bình", "31"), "GIAY_KHEN",
                2025, LearningModel.FAMILY, approved, refused);
    }

    @Test
    void proposesARecognisedSubjectForACommendation() {
        List<Commendation> proposed = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER);

        assertThat(proposed).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CommendationStatus.PROPOSED);
            assertThat(c.registration()).isEqualTo(recognised.id());
            assertThat(c.form()).isEqualTo("GIAY_KHEN");
        });
        assertThat(services.commendations().rows()).hasSize(1);
        assertThat(services.events().all()).containsExactly(new CommendationProposed(proposed.get(0).id(),
                recognised.id(), "GIAY_KHEN", PROPOSER, services.clock().instant()));
    }

    @Test
    void refusesAProposalForASubjectNotRecognisedAndWritesNoneOfTheBatch() {
        Object before = services.state();

        refused("registrationId", onlyVerified.id(), () -> commendations.propose(
                List.of(recognised.id(), onlyVerified.id()), "GIAY_KHEN", PROPOSER));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesASecondOpenProposalForTheSameYear() {
        commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER);
        Object before = services.state();

        refused(ConflictException.class, "registrationId", recognised.id(), () -> commendations.propose(
                List.of(recognised.id()), "BANG_KHEN_PROVINCE", PROPOSER));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesAProposalWithoutAProposer() {
        refused("proposedBy", "", () -> commendations.propose(List.of(recognised.id()), "GIAY_KHEN", ""));
    }

    @Test
    void theBoardApprovesSomeByOneDecisionAndRefusesOthersWithReasons() {
        List<Commendation> proposed = commendations.propose(List.of(recognised.id(), alsoRecognised.id()),
                "GIAY_KHEN", PROPOSER);
        CommendationId approved = proposed.get(0).id();
        CommendationId declined = proposed.get(1).id();
        services.events().clear();

        Decision decision = decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(approved),
                Map.of(declined, "Đã được khen năm trước"));

        assertThat(decision.kind()).isEqualTo(Decision.Kind.COMMENDATION);
        assertThat(decision.form()).isEqualTo("GIAY_KHEN");
        assertThat(decision.issuingUnit()).isEqualTo(UnitFixture.HAI_PHONG);
        assertThat(services.commendations().findById(approved).orElseThrow().status()).isEqualTo(CommendationStatus.APPROVED);
        assertThat(services.commendations().findById(approved).orElseThrow().decision()).isEqualTo(decision.id());
        assertThat(services.commendations().findById(declined).orElseThrow().refusalReason())
                .isEqualTo("Đã được khen năm trước");
        assertThat(services.events().all()).containsExactly(
                new CommendationApproved(approved, decision.id(), services.clock().instant()),
                new CommendationRefused(declined, "Đã được khen năm trước", services.clock().instant()));
    }

    @Test
    void refusesApprovingAnAlreadyDecidedCommendationAndWritesNothing() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(id), Map.of());
        Object before = services.state();

        refused("commendationId", id, () -> decide("89/QĐ-UBND", LocalDate.of(2025, 12, 21), List.of(id), Map.of()));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.decisions().findByNumber(UnitFixture.HAI_PHONG, 2025, "89/QĐ-UBND")).isEmpty();
    }

    @Test
    void refusesARefusalWithoutAReason() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        Object before = services.state();

        refused("reason", " ", () -> decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(), Map.of(id, " ")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesACommendationDecisionDatedBeforeItsYear() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        Object before = services.state();
        LocalDate decemberBefore = LocalDate.of(2025, 12, 20);

        refused("decisionDate", decemberBefore, () -> commendations.decide(
                new NewDecision("88/QĐ-UBND", decemberBefore, "Trần Văn Bình", "31"), "GIAY_KHEN",
                2026, LearningModel.FAMILY, List.of(id), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesApprovingByADecisionOfAnotherForm() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "BANG_KHEN_PROVINCE", PROPOSER)
                .get(0).id();
        Object before = services.state();

        refused("form", "GIAY_KHEN",
                () -> decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(id), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void aRefusedProposalMayBeProposedAgain() {
        CommendationId first = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(), Map.of(first, "Hồ sơ thiếu minh chứng"));

        List<Commendation> again = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER);

        assertThat(again).singleElement().extracting(Commendation::status).isEqualTo(CommendationStatus.PROPOSED);
    }

    @Test
    void refusesACommendationBothApprovedAndRefusedInOneDecision() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        services.events().clear();
        Object before = services.state();

        refused("commendationIds", id, () -> decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(id),
                Map.of(id, "Đổi ý")));

        assertThat(services.state()).isEqualTo(before);
        assertThat(services.events().all()).isEmpty();
    }

    @Test
    void refusesAProposalForAnUnknownRegistrationNamingIt() {
        var unknown = new RegistrationId(999);
        Object before = services.state();

        refused(NotFoundException.class, "registrationId", unknown,
                () -> commendations.propose(List.of(recognised.id(), unknown), "GIAY_KHEN", PROPOSER));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesADecisionOnAnUnknownCommendationNamingIt() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        CommendationId unknown = new CommendationId(999);
        Object before = services.state();

        refused(NotFoundException.class, "commendationId", unknown,
                () -> decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(id), Map.of(unknown, "Không rõ")));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesACommendationListedTwiceInOneDecision() {
        CommendationId id = commendations.propose(List.of(recognised.id()), "GIAY_KHEN", PROPOSER)
                .get(0).id();
        Object before = services.state();

        refused("commendationIds", List.of(id, id),
                () -> decide("88/QĐ-UBND", LocalDate.of(2025, 12, 20), List.of(id, id), Map.of()));

        assertThat(services.state()).isEqualTo(before);
    }
}
