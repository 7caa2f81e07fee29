package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Criterion;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.subject.LearningModel;

/** The shipped criteria sets: one per model, with the 448/2015 and 244/2022 structure, samples marked. */
class ShippedCriteriaFilesTest {

    private static List<CriteriaSet> shipped() {
        ClassLoader loader = ShippedCriteriaFilesTest.class.getClassLoader();
        return ClasspathFiles.list(loader, ReferenceDataLoader.CRITERIA_FOLDER, ".yaml").stream()
                .map(name -> CriteriaFile.read(name, loader.getResourceAsStream(name))).toList();
    }

    @Test
    void everyModelHasAShippedCriteriaSet() {
        Map<LearningModel, List<CriteriaSet>> byModel = shipped().stream()
                .collect(Collectors.groupingBy(CriteriaSet::model));
        assertThat(byModel).containsOnlyKeys(LearningModel.values());
        assertThat(byModel.get(LearningModel.CITIZEN).get(0).version()).isEqualTo("244-2022");
        assertThat(byModel.get(LearningModel.FAMILY).get(0).version()).isEqualTo("448-2015");
    }

    @Test
    void learningFamilyHasTheFourCriteriaOfDecision448WithTheStatedPoints() {
        CriteriaSet family = shipped().stream().filter(s -> s.model() == LearningModel.FAMILY).findFirst().orElseThrow();
        assertThat(family.criteria()).hasSize(4);
        Criterion children = family.criteria().get(0);
        assertThat(children.maxPoints()).isEqualTo(30);
        assertThat(children.indicators()).extracting(Indicator::maxPoints).containsExactly(10, 10, 10);
        assertThat(children.sample()).isFalse();
        assertThat(family.criteria().get(1).maxPoints()).isEqualTo(30);
        assertThat(family.criteria().get(1).sample()).isFalse();
    }

    @Test
    void numbersNotInTheSourcesAreMarkedAsSamplesAndNoSetClaimsToBeOfficial() {
        for (CriteriaSet set : shipped()) {
            assertThat(set.official()).as(set.key()).isFalse();
            assertThat(set.rule().sample()).as(set.key() + " threshold").isTrue();
            assertThat(set.rule().title()).isEqualTo(set.model().title());
        }
    }

    @Test
    void placeholderWordingIsMarkedApartFromSamplePoints() {
        CriteriaSet family = shipped().stream().filter(s -> s.key().equals("family-448-2015")).findFirst().orElseThrow();
        Criterion children = family.criteria().get(0);
        assertThat(children.nameSample()).isFalse();
        assertThat(children.indicators().get(0).sample()).isFalse();
        assertThat(children.indicators().get(0).nameSample()).isTrue();
        CriteriaSet clan = shipped().stream().filter(s -> s.key().equals("clan-448-2015")).findFirst().orElseThrow();
        assertThat(clan.criteria()).allMatch(Criterion::nameSample);
        for (CriteriaSet set : shipped()) {
            assertThat(set.indicators()).as(set.key()).allMatch(Indicator::nameSample);
        }
    }

    @Test
    void everyIndicatorHasAVietnameseNameAndPositivePoints() {
        for (CriteriaSet set : shipped()) {
            for (Indicator indicator : set.indicators()) {
                assertThat(indicator.name()).as(set.key() + " " + indicator.code()).isNotBlank();
                assertThat(indicator.maxPoints()).isPositive();
            }
            assertThat(set.rule().minimumTotal()).isLessThanOrEqualTo(set.maxPoints());
        }
    }
}
