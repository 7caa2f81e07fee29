package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Criterion;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The shipped criteria sets: the 448/2015 sets (2016–2020) and their sample successors, 244/2022, the commune
 * learning community's set of Circular 25/2023; samples marked, levels and authorities as the files say.
 */
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
        assertThat(byModel.get(LearningModel.CITIZEN)).extracting(CriteriaSet::version).containsExactly("244-2022");
        assertThat(byModel.get(LearningModel.FAMILY)).extracting(CriteriaSet::version)
                .containsExactlyInAnyOrder("448-2015", "ke-tiep-2021");
    }

    private static CriteriaSet byKey(String key) {
        return shipped().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDecision448SetsEndIn2020AndTheirSampleSuccessorsTakeOverFrom2021() {
        for (String model : List.of("family", "clan", "community", "unit")) {
            CriteriaSet old = byKey(model + "-448-2015");
            assertThat(old.appliesIn(2020)).as(old.key()).isTrue();
            assertThat(old.appliesIn(2021)).as(old.key()).isFalse();
            CriteriaSet successor = byKey(model + "-successor-2021");
            assertThat(successor.validFromYear()).isEqualTo(2021);
            assertThat(successor.validToYear()).isNull();
            assertThat(successor.subjectLevels()).isEqualTo(old.subjectLevels());
            // no number or wording of the successor is in the sources
            assertThat(successor.criteria()).allMatch(c -> c.sample() && c.nameSample());
            assertThat(successor.indicators()).allMatch(i -> i.sample() && i.nameSample());
        }
    }

    @Test
    void aCommuneAsALearningCommunityHasItsOwnSetAndAVillageSetIsNotACommunes() {
        CriteriaSet commune = byKey("community-25-2023-commune");
        assertThat(commune.model()).isEqualTo(LearningModel.COMMUNITY);
        assertThat(commune.subjectLevels()).containsExactly(UnitLevel.COMMUNE);
        assertThat(commune.basis()).contains("25/2023/TT-BGDĐT");
        assertThat(commune.criteria()).allMatch(c -> c.sample() && c.nameSample());
        assertThat(byKey("community-successor-2021").appliesTo(UnitLevel.COMMUNE)).isFalse();
        assertThat(byKey("community-successor-2021").appliesTo(UnitLevel.VILLAGE)).isTrue();
    }

    @Test
    void aCommuneIsRecognisedByTheDistrictBeforeTheReformAndByTheProvinceAfter() {
        CriteriaSet commune = byKey("community-25-2023-commune");
        Authority before = commune.recognisingAuthority(UnitLevel.COMMUNE, LocalDate.of(2025, 6, 30)).orElseThrow();
        assertThat(before.body()).isEqualTo(BodyKind.PEOPLES_COMMITTEE);
        assertThat(before.level()).isEqualTo(UnitLevel.DISTRICT);
        Authority after = commune.recognisingAuthority(UnitLevel.COMMUNE, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(after.body()).isEqualTo(BodyKind.PEOPLES_COMMITTEE);
        assertThat(after.level()).isEqualTo(UnitLevel.PROVINCE);
        Authority evaluates = commune.evaluatingAuthority(UnitLevel.COMMUNE, LocalDate.of(2026, 11, 1)).orElseThrow();
        assertThat(evaluates).isEqualTo(new Authority(BodyKind.EDUCATION_DEPARTMENT, UnitLevel.PROVINCE,
                "Sở Giáo dục và Đào tạo"));
        assertThat(commune.authoritiesFor(UnitLevel.COMMUNE, LocalDate.of(2026, 1, 1)).orElseThrow().sample()).isTrue();
    }

    @Test
    void villagesSubjectsAreEvaluatedByTheCommuneAssociationAndRecognisedByTheCommunePeoplesCommittee() {
        for (String key : List.of("family-successor-2021", "clan-successor-2021", "community-successor-2021",
                "citizen-244-2022")) {
            CriteriaSet set = byKey(key);
            for (LocalDate day : List.of(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 12, 1))) {
                assertThat(set.evaluatingAuthority(UnitLevel.VILLAGE, day)).as(key).contains(
                        new Authority(BodyKind.ASSOCIATION, UnitLevel.COMMUNE, "Hội Khuyến học cấp xã"));
                assertThat(set.recognisingAuthority(UnitLevel.VILLAGE, day)).as(key).contains(
                        new Authority(BodyKind.PEOPLES_COMMITTEE, UnitLevel.COMMUNE, "Ủy ban nhân dân cấp xã"));
            }
        }
        // a unit managed by a district: no district after the reform, so the file names no one
        assertThat(byKey("unit-successor-2021").recognisingAuthority(UnitLevel.DISTRICT, LocalDate.of(2025, 7, 1)))
                .isEmpty();
    }

    @Test
    void learningFamilyHasTheFourCriteriaOfDecision448WithTheStatedPoints() {
        CriteriaSet family = byKey("family-448-2015");
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
