package org.learningsociety.test.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.subject.LearningModel;

/** What the cycle tests and benchmarks count on of the shipped family set, read from its file. */
class HouseholdScoresTest {

    private final CriteriaSet family = HouseholdScores.familyCriteria();

    @Test
    void readsTheShippedFamilySetOfTenIndicatorsOfTenPointsAndATitleAtEighty() {
        assertThat(family.key()).isEqualTo(HouseholdScores.FAMILY_CRITERIA);
        assertThat(family.model()).isEqualTo(LearningModel.FAMILY);
        assertThat(HouseholdScores.indicators()).hasSize(10)
                .containsExactlyElementsOf(family.indicators().stream().map(Indicator::code).toList());
        assertThat(family.indicators()).extracting(Indicator::maxPoints).containsOnly(10);
        assertThat(family.rule().minimumTotal()).isEqualTo(80);
    }

    @Test
    void uniformScoresWithTheirEvidenceAreAValidAssessment() {
        assertThat(HouseholdScores.uniform(8).total()).isEqualTo(80);
        assertThat(HouseholdScores.uniform(8).asMap().keySet()).containsExactlyElementsOf(HouseholdScores.indicators());
        assertThat(HouseholdScores.evidence()).extracting(Evidence::indicator)
                .containsExactlyElementsOf(HouseholdScores.evidenced())
                .containsExactlyElementsOf(family.indicators().stream().filter(Indicator::evidenceRequired)
                        .map(Indicator::code).toList());
        assertThat(family.check(HouseholdScores.uniform(9), HouseholdScores.evidence(), "scores").isAllowed()).isTrue();
    }

    @Test
    void threeHouseholdsInFourScoreTheTitleThemselvesAndTheVerifierLowersEveryTenth() {
        assertThat(HouseholdScores.selfPoints(0)).isEqualTo(7);
        assertThat(HouseholdScores.selfPoints(1)).isEqualTo(9);
        assertThat(HouseholdScores.selfPoints(2)).isEqualTo(8);
        assertThat(HouseholdScores.selfPoints(3)).isEqualTo(9);
        assertThat(HouseholdScores.verifiedPoints(11)).isEqualTo(7);
        assertThat(HouseholdScores.verifiedPoints(13)).isEqualTo(9);
    }
}
