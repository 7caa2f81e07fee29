package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.subject.LearningModel;

class IssuingDecisionsTest {

    private static final LocalDate DECEMBER = LocalDate.of(2025, 12, 15);

    private static Decision recognition(String number, LocalDate date, String signer, int year) {
        return new Decision(new DecisionId(1), Decision.Kind.RECOGNITION, number, date, signer, UnitFixture.THANH_DONG,
                year, LearningModel.FAMILY, null);
    }

    @Test
    void aDecisionMayBeSignedInItsYearOrLater() {
        assertThat(recognition("125/QĐ-UBND", DECEMBER, "Nguyễn Văn An", 2025).date()).isEqualTo(DECEMBER);
        assertThat(recognition("3/QĐ-UBND", LocalDate.of(2026, 1, 10), "Nguyễn Văn An", 2025).year()).isEqualTo(2025);
    }

    @Test
    void refusesADecisionDatedBeforeItsYear() {
        LocalDate lastYear = LocalDate.of(2024, 12, 31);

        refused("decisionDate", lastYear, () -> recognition("125/QĐ-UBND", lastYear, "Nguyễn Văn An", 2025));
    }

    @Test
    void refusesADecisionWithoutANumber() {
        refused("decisionNumber", "", () -> recognition("", DECEMBER, "Nguyễn Văn An", 2025));
    }

    @Test
    void refusesADecisionNumberLongerThanFiftyCharacters() {
        String tooLong = "1".repeat(51);

        refused("decisionNumber", tooLong, () -> recognition(tooLong, DECEMBER, "Nguyễn Văn An", 2025));
    }

    @Test
    void refusesADecisionWithoutADate() {
        refused("decisionDate", null, () -> recognition("125/QĐ-UBND", null, "Nguyễn Văn An", 2025));
    }

    @Test
    void refusesADecisionWithoutASigner() {
        refused("signer", " ", () -> recognition("125/QĐ-UBND", DECEMBER, " ", 2025));
    }

    @Test
    void refusesACommendationDecisionWithoutItsForm() {
        refused("form", null, () -> new Decision(new DecisionId(1), Decision.Kind.COMMENDATION, "88/QĐ-UBND", DECEMBER,
                "Trần Văn Bình", UnitFixture.HAI_PHONG, 2025, LearningModel.FAMILY, null));
        assertThat(new Decision(new DecisionId(1), Decision.Kind.COMMENDATION, "88/QĐ-UBND", DECEMBER, "Trần Văn Bình",
                UnitFixture.HAI_PHONG, 2025, LearningModel.FAMILY, "BANG_KHEN_PROVINCE").form())
                .isEqualTo("BANG_KHEN_PROVINCE");
    }
}
