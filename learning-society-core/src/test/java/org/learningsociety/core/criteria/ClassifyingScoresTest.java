package org.learningsociety.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.CriteriaFixture;

class ClassifyingScoresTest {

    private final CriteriaSet family = CriteriaFixture.family();

    @Test
    void scoresReachingTheMinimumTotalAndEveryCriterionsMinimumEarnTheTitle() {
        Classification classification = family.classify(CriteriaFixture.earning());

        assertThat(classification.earnsTitle()).isTrue();
        assertThat(classification.total()).isEqualTo(90);
        assertThat(classification.shortfalls()).isEmpty();
    }

    @Test
    void exactlyTheMinimumsEarnTheTitle() {
        Scores atMinimum = CriteriaFixture.scores(10, 10, 0, 15, 15, 5, 5, 20);

        assertThat(family.classify(atMinimum).total()).isEqualTo(80);
        assertThat(family.classify(atMinimum).earnsTitle()).isTrue();
    }

    @Test
    void aTotalBelowTheMinimumDoesNotEarnTheTitle() {
        Classification classification = family.classify(CriteriaFixture.belowTotal());

        assertThat(classification.earnsTitle()).isFalse();
        assertThat(classification.total()).isEqualTo(70);
        assertThat(classification.shortfalls()).singleElement().asString()
                .contains("70").contains("80").contains("Gia đình học tập");
    }

    @Test
    void aCriterionBelowItsOwnMinimumDoesNotEarnTheTitleWhateverTheTotal() {
        Classification classification = family.classify(CriteriaFixture.belowCriterionMinimum());

        assertThat(classification.total()).isEqualTo(85);
        assertThat(classification.earnsTitle()).isFalse();
        assertThat(classification.shortfalls()).singleElement().asString()
                .contains("Tiêu chí 1").contains("15").contains("20");
    }

    @Test
    void everyShortfallIsListed() {
        Classification classification = family.classify(CriteriaFixture.scores(0, 0, 0, 10, 10, 5, 5, 10));

        assertThat(classification.earnsTitle()).isFalse();
        assertThat(classification.shortfalls()).hasSize(2);
    }
}
