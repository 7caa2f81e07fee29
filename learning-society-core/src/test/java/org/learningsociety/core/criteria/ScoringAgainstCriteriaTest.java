package org.learningsociety.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.shared.Outcome;

class ScoringAgainstCriteriaTest {

    private final CriteriaSet family = CriteriaFixture.family();

    @Test
    void theFamilySetHasFourCriteriaWorthOneHundredPoints() {
        assertThat(family.criteria()).hasSize(4);
        assertThat(family.maxPoints()).isEqualTo(100);
    }

    @Test
    void acceptsEveryIndicatorScoredFromZeroToItsMaximumWithTheRequiredEvidence() {
        Scores full = CriteriaFixture.scores(10, 10, 10, 15, 15, 10, 10, 20);

        assertThat(family.check(full, CriteriaFixture.evidence(), "scores").isAllowed()).isTrue();
        assertThat(family.check(CriteriaFixture.scores(0, 0, 0, 0, 0, 0, 0, 0), List.of(), "scores").isAllowed())
                .isTrue();
    }

    @Test
    void refusesPointsAboveAnIndicatorsMaximum() {
        Scores scores = CriteriaFixture.with(CriteriaFixture.earning(), "1.1", 11);

        refused("scores[1.1].points", 11, () -> family.check(scores, CriteriaFixture.evidence(), "scores").orThrow());
    }

    @Test
    void refusesPointsBelowZero() {
        Scores scores = CriteriaFixture.with(CriteriaFixture.earning(), "2.1", -1);

        refused("scores[2.1].points", -1, () -> family.check(scores, CriteriaFixture.evidence(), "scores").orThrow());
    }

    @Test
    void refusesAnIndicatorNotInTheSet() {
        Scores scores = CriteriaFixture.with(CriteriaFixture.earning(), "9.9", 5);

        refused("scores.indicator", "9.9", () -> family.check(scores, CriteriaFixture.evidence(), "scores").orThrow());
    }

    @Test
    void refusesAMissingIndicator() {
        Scores scores = CriteriaFixture.without(CriteriaFixture.earning(), "3.2");

        refused("scores.indicator", "3.2", () -> family.check(scores, CriteriaFixture.evidence(), "scores").orThrow());
    }

    @Test
    void refusesScoresWithoutTheEvidenceAnIndicatorRequires() {
        refused("evidence", CriteriaFixture.EVIDENCED_INDICATOR,
                () -> family.check(CriteriaFixture.earning(), List.of(), "scores").orThrow());
    }

    @Test
    void evidenceWithABlankReferenceIsNoEvidence() {
        List<Evidence> blank = List.of(new Evidence(CriteriaFixture.EVIDENCED_INDICATOR, " ", "Giấy khen"));

        refused("evidence", CriteriaFixture.EVIDENCED_INDICATOR,
                () -> family.check(CriteriaFixture.earning(), blank, "scores").orThrow());
    }

    @Test
    void anIndicatorScoredZeroNeedsNoEvidence() {
        Scores scores = CriteriaFixture.with(CriteriaFixture.earning(), CriteriaFixture.EVIDENCED_INDICATOR, 0);

        assertThat(family.check(scores, List.of(), "scores")).isEqualTo(Outcome.allowed());
    }

    @Test
    void refusesEvidenceForAnIndicatorNotInTheSet() {
        List<Evidence> stray = List.of(new Evidence("9.9", "files/x.pdf", "Không thuộc bộ tiêu chí"));

        refused("evidence.indicator", "9.9", () -> family.check(CriteriaFixture.earning(), stray, "scores").orThrow());
    }

    @Test
    void theRefusalNamesTheFieldTheScoresCameIn() {
        Outcome outcome = family.check(CriteriaFixture.with(CriteriaFixture.earning(), "1.1", 11), List.of(), "verified");

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).field()).isEqualTo("verified[1.1].points");
    }

    @Test
    void refusesAnIndicatorWithoutPointsAsMissing() {
        Map<String, Integer> points = new LinkedHashMap<>(CriteriaFixture.earning().asMap());
        points.put("3.2", null);

        refused("scores.indicator", "3.2",
                () -> family.check(Scores.of(points), CriteriaFixture.evidence(), "scores").orThrow());
    }
}
