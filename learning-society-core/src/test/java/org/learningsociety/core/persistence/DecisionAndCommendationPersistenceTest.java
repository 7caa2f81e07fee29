package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

class DecisionAndCommendationPersistenceTest {

    private static final UnitId COMMUNE = new UnitId(4);

    @OnBothDatabases
    void roundTripsDecisionsAndFindsThemByNumberOfTheIssuingUnit(Database database) {
        try (Store store = database.freshStore()) {
            Decisions decisions = store.persistence().decisions();
            Decision recognition = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, "12/QĐ-UBND",
                    LocalDate.of(2025, 12, 10), "Nguyễn Văn A", COMMUNE, 2025, LearningModel.FAMILY, null);
            Decision commendation = new Decision(decisions.nextId(), Decision.Kind.COMMENDATION, "13/QĐ-UBND",
                    LocalDate.of(2025, 12, 20), "Nguyễn Văn A", COMMUNE, 2025, null, "GIAY_KHEN");
            decisions.add(recognition);
            decisions.add(commendation);

            assertThat(decisions.findById(recognition.id())).contains(recognition);
            assertThat(decisions.findById(commendation.id())).contains(commendation);
            assertThat(decisions.findByNumber(COMMUNE, 2025, "13/QĐ-UBND")).contains(commendation);
            assertThat(decisions.findByNumber(new UnitId(5), 2025, "13/QĐ-UBND")).isEmpty();
            assertThat(decisions.findByNumber(COMMUNE, 2026, "13/QĐ-UBND")).isEmpty();
            Decision nextYear = new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, "12/QĐ-UBND",
                    LocalDate.of(2026, 12, 10), "Nguyễn Văn A", COMMUNE, 2026, LearningModel.FAMILY, null);
            decisions.add(nextYear);
            assertThat(decisions.findByNumber(COMMUNE, 2026, "12/QĐ-UBND")).contains(nextYear);
            assertThat(commendation.id().value()).isEqualTo(recognition.id().value() + 1);
        }
    }

    @OnBothDatabases
    void refusesASecondDecisionWithTheSameNumberOfTheSameUnit(Database database) {
        try (Store store = database.freshStore()) {
            Decisions decisions = store.persistence().decisions();
            decisions.add(new Decision(decisions.nextId(), Decision.Kind.RECOGNITION, "12/QĐ-UBND",
                    LocalDate.of(2025, 12, 10), "A", COMMUNE, 2025, LearningModel.FAMILY, null));

            assertThatThrownBy(() -> decisions.add(new Decision(decisions.nextId(), Decision.Kind.RECOGNITION,
                    "12/QĐ-UBND", LocalDate.of(2025, 12, 11), "B", COMMUNE, 2025, LearningModel.CLAN, null)))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @OnBothDatabases
    void roundTripsCommendationsThroughProposalAndDecision(Database database) {
        try (Store store = database.freshStore()) {
            Commendations commendations = store.persistence().commendations();
            long first = commendations.nextIds(2).value();
            Instant at = Instant.parse("2025-10-01T03:00:00Z");
            Commendation approved = new Commendation(new CommendationId(first), new RegistrationId(7),
                    "BANG_KHEN_PROVINCE", "Hội Khuyến học xã", at, CommendationStatus.PROPOSED, null, null);
            Commendation refused = new Commendation(new CommendationId(first + 1), new RegistrationId(8),
                    "GIAY_KHEN", null, null, CommendationStatus.PROPOSED, null, null);
            commendations.addAll(List.of(approved, refused));
            assertThat(commendations.findById(approved.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(approved);

            Decision decision = new Decision(new DecisionId(3), Decision.Kind.COMMENDATION, "1/QĐ-UBND",
                    LocalDate.of(2025, 10, 5), "Chủ tịch", COMMUNE, 2025, LearningModel.FAMILY,
                    "BANG_KHEN_PROVINCE");
            approved.approve(decision, at);
            refused.refuse("Chưa tiêu biểu", at);
            commendations.updateAll(List.of(approved, refused));

            assertThat(commendations.findByIds(List.of(approved.id(), refused.id())))
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrder(approved, refused);
            assertThat(commendations.findByRegistration(new RegistrationId(8))).singleElement()
                    .satisfies(c -> assertThat(c.refusalReason()).isEqualTo("Chưa tiêu biểu"));
            assertThat(commendations.findByRegistration(new RegistrationId(9))).isEmpty();
        }
    }
}
