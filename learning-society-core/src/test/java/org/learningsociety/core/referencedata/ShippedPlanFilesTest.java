package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningsociety.core.plan.Milestone;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.TargetValue;

/** The shipped plan files hold every number and date as the seed plans state them. */
class ShippedPlanFilesTest {

    static Plan plan(String id) {
        String name = ReferenceDataLoader.PLAN_FOLDER + "/" + id + ".yaml";
        InputStream in = ShippedPlanFilesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return PlanFile.read(name, in);
    }

    @Test
    void everyShippedPlanFileReads() {
        List<String> files = ClasspathFiles.list(getClass().getClassLoader(), ReferenceDataLoader.PLAN_FOLDER, ".yaml");
        assertThat(files).hasSize(5);
        files.forEach(f -> assertThat(PlanFile.read(f, getClass().getClassLoader().getResourceAsStream(f)).id())
                .isEqualTo(f.substring(f.lastIndexOf('/') + 1, f.length() - 5)));
    }

    /** How each of Programme 387's eleven indicators is measured, the same in every file that states them. */
    @ParameterizedTest(name = "{0}: {1}, entered by {2}, {3}")
    @CsvSource(nullValues = "-", value = {
            "FAMILY_RECOGNISED, COMPUTED, -, RATIO",
            "CLAN_RECOGNISED, COMPUTED, -, RATIO",
            "COMMUNITY_RECOGNISED, COMPUTED, -, RATIO",
            "UNIT_RECOGNISED, COMPUTED, -, RATIO",
            "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC, ENTERED, COMMUNE, YES_NO",
            "COMMUNE_CADRES_IN_CLC_IT_TRAINED, ENTERED, COMMUNE, RATIO",
            "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES, ENTERED, COMMUNE, RATIO",
            "CITIZEN_WORKERS_IN_FAMILIES, COMPUTED, COMMUNE, RATIO",
            "CITIZEN_WORKERS_IN_CLANS, COMPUTED, COMMUNE, RATIO",
            "CITIZEN_WORKERS_IN_COMMUNITIES, COMPUTED, COMMUNE, RATIO",
            "CITIZEN_CADRES_IN_UNITS, COMPUTED, COMMUNE, RATIO"})
    void programme387IndicatorsSayHowTheyAreMeasured(String code, String source, String enteredBy, String answer) {
        for (Plan plan : List.of(plan("programme-387"), plan("hai-phong-46-kh-ubnd-2022"),
                plan("thai-binh-29-kh-khkh-2022"))) {
            var indicator = plan.indicator(code).orElseThrow();
            assertThat(indicator.source().name()).as(plan.id() + " " + code).isEqualTo(source);
            assertThat(indicator.enteredBy() == null ? null : indicator.enteredBy().name()).as(plan.id() + " " + code)
                    .isEqualTo(enteredBy);
            assertThat(indicator.answer().name()).as(plan.id() + " " + code).isEqualTo(answer);
            assertThat(indicator.denominator()).as(plan.id() + " " + code).isNotBlank();
        }
    }

    /** Programme 387's yearly table (2022–2025) and its 2030 targets, as Hải Phòng and Thái Bình quote them. */
    @ParameterizedTest(name = "{0}: 2022={1} 2023={2} 2024={3} 2025={4} 2030={5}")
    @CsvSource(nullValues = "-", value = {
            "FAMILY_RECOGNISED, 55, 60, 65, 70, 80",
            "CLAN_RECOGNISED, 50, 55, 60, 65, 75",
            "COMMUNITY_RECOGNISED, 50, 55, 60, 65, 75",
            "UNIT_RECOGNISED, 50, 60, 70, 80, 90",
            "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC, 70, 80, 90, 100, -",
            "COMMUNE_CADRES_IN_CLC_IT_TRAINED, 25, 30, 35, 40, 70",
            "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES, 70, 80, 90, 100, 100"})
    void programme387TargetsAreStatedExactly(String indicator, int y2022, int y2023, int y2024, int y2025, Integer y2030) {
        for (Plan plan : List.of(plan("programme-387"), plan("hai-phong-46-kh-ubnd-2022"))) {
            Map<Integer, Integer> expected = y2030 == null
                    ? Map.of(2022, y2022, 2023, y2023, 2024, y2024, 2025, y2025)
                    : Map.of(2022, y2022, 2023, y2023, 2024, y2024, 2025, y2025, 2030, y2030);
            expected.forEach((year, value) -> {
                TargetValue target = plan.targetFor(indicator, year, null);
                assertThat(target.source()).as(plan.id() + " " + indicator + " " + year).isEqualTo(TargetValue.Source.STATED);
                assertThat(target.value()).as(plan.id() + " " + indicator + " " + year).isEqualByComparingTo(BigDecimal.valueOf(value));
            });
        }
    }

    @ParameterizedTest(name = "{0}: 2025={1} 2030={2}")
    @CsvSource({
            "CITIZEN_WORKERS_IN_FAMILIES, 40, 60",
            "CITIZEN_WORKERS_IN_CLANS, 40, 60",
            "CITIZEN_WORKERS_IN_COMMUNITIES, 40, 60",
            "CITIZEN_CADRES_IN_UNITS, 60, 80"})
    void learningCitizenTargetsAreStatedExactly(String indicator, int y2025, int y2030) {
        Plan programme = plan("programme-387");
        assertThat(programme.targetFor(indicator, 2025, null).value()).isEqualByComparingTo(BigDecimal.valueOf(y2025));
        assertThat(programme.targetFor(indicator, 2030, null).value()).isEqualByComparingTo(BigDecimal.valueOf(y2030));
        assertThat(programme.targetFor(indicator, 2030, null).isDerived()).isFalse();
    }

    @Test
    void yearsWithoutAStatedTargetAreDerivedOnAStraightLineAndSaySo() {
        Plan programme = plan("programme-387");
        TargetValue family2027 = programme.targetFor("FAMILY_RECOGNISED", 2027, null);
        assertThat(family2027.value()).isEqualByComparingTo("74");
        assertThat(family2027.source()).isEqualTo(TargetValue.Source.DERIVED);
        assertThat(family2027.explanation()).contains("2025").contains("2030");
        assertThat(programme.targetFor("COMMUNE_CADRES_IN_CLC_IT_TRAINED", 2026, null).value()).isEqualByComparingTo("46");
        assertThat(programme.targetFor("CITIZEN_CADRES_IN_UNITS", 2029, null).value()).isEqualByComparingTo("76");
        for (int year = 2026; year <= 2029; year++) {
            for (var indicator : programme.indicators()) {
                TargetValue value = programme.targetFor(indicator.code(), year, null);
                assertThat(value.value()).as(indicator.code() + " " + year).isNotNull();
                assertThat(value.isDerived()).as(indicator.code() + " " + year).isTrue();
            }
        }
    }

    @Test
    void haiPhongReviewTimelineIsAsThePlanStatesIt() {
        Plan haiPhong = plan("hai-phong-46-kh-ubnd-2022");
        assertThat(haiPhong.number()).isEqualTo("46/KH-UBND");
        assertThat(haiPhong.issuedYear()).isEqualTo(2022);
        assertThat(haiPhong.scope().unitCode()).isEqualTo("31");
        List<Milestone> review2025 = haiPhong.milestones("REVIEW_2025");
        assertThat(review2025).extracting(Milestone::level).containsExactly("DISTRICT", "PROVINCE", "CENTRE");
        assertThat(review2025.get(0).statedAs()).contains("đầu quý I năm 2026");
        assertThat(review2025.get(0).dueIn(2026)).contains(LocalDate.of(2026, 2, 15));
        assertThat(review2025.get(1).statedAs()).contains("cuối quý I năm 2026");
        assertThat(review2025.get(1).dueIn(2026)).contains(LocalDate.of(2026, 3, 31));
        assertThat(review2025.get(2).dueIn(2026)).contains(LocalDate.of(2026, 6, 30));
        List<Milestone> review2030 = haiPhong.milestones("REVIEW_2030");
        assertThat(review2030).extracting(Milestone::level).containsExactly("DISTRICT", "PROVINCE", "CENTRE");
        assertThat(review2030).extracting(m -> m.dueIn(2030).orElseThrow())
                .containsExactly(LocalDate.of(2030, 8, 15), LocalDate.of(2030, 9, 30), LocalDate.of(2030, 12, 31));
        assertThat(haiPhong.milestones("HONOURING_CONGRESS")).isNotEmpty();
    }

    @Test
    void thaiBinhReportsByFirstDecemberAndReviewsIn2026And2030() {
        Plan thaiBinh = plan("thai-binh-29-kh-khkh-2022");
        assertThat(thaiBinh.number()).isEqualTo("29/KH-KHKH");
        assertThat(thaiBinh.issuedOn()).isEqualTo(LocalDate.of(2022, 4, 15));
        assertThat(thaiBinh.milestones("YEARLY_REPORT")).anySatisfy(m -> {
            assertThat(m.recurring()).isTrue();
            assertThat(m.monthDay()).isEqualTo(MonthDay.of(12, 1));
        });
        assertThat(thaiBinh.milestones("RECOGNITION")).anySatisfy(m -> {
            assertThat(m.fromMonthDay()).isEqualTo(MonthDay.of(11, 1));
            assertThat(m.monthDay()).isEqualTo(MonthDay.of(12, 31));
        });
        assertThat(thaiBinh.milestones("REVIEW_2025")).anySatisfy(m -> {
            assertThat(m.from()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(m.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(thaiBinh.milestones("HONOURING_CONGRESS")).extracting(m -> (m.to() != null ? m.to() : m.from()).getYear())
                .contains(2023, 2025, 2028, 2030);
        assertThat(thaiBinh.tasks()).hasSize(8);
        assertThat(thaiBinh.parent()).isEqualTo("programme-387");
    }

    @Test
    void hcmcReportsBy25NovemberAndTheDepartmentBy1December() {
        Plan hcmc = plan("hcmc-734-kh-ubnd-2024");
        assertThat(hcmc.number()).isEqualTo("734/KH-UBND");
        assertThat(hcmc.issuedOn()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(hcmc.milestones("YEARLY_REPORT")).extracting(Milestone::monthDay)
                .containsExactlyInAnyOrder(MonthDay.of(11, 25), MonthDay.of(12, 1));
        assertThat(hcmc.milestones("YEARLY_REPORT")).allSatisfy(m -> assertThat(m.before()).isTrue());
        assertThat(hcmc.milestones("REVIEW_2025")).isNotEmpty();
    }

    @Test
    void haiPhongDraftIsADraftReportingBy5December() {
        Plan draft = plan("hai-phong-draft-2023");
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.milestones("YEARLY_REPORT")).extracting(Milestone::monthDay).contains(MonthDay.of(12, 5));
    }
}
