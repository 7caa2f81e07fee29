package org.learningsociety.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningsociety.core.fixtures.PlanFixture;
import org.learningsociety.core.shared.NotFoundException;

class PlanTargetsTest {

    private static final String MOUNTAINOUS = "MOUNTAINOUS";

    private final Plan programme = PlanFixture.programme387();

    @ParameterizedTest(name = "{0} {1} = {2}%")
    @CsvSource({
        "FAMILY_RECOGNISED, 2022, 55", "FAMILY_RECOGNISED, 2023, 60", "FAMILY_RECOGNISED, 2024, 65",
        "FAMILY_RECOGNISED, 2025, 70", "FAMILY_RECOGNISED, 2030, 80",
        "CLAN_RECOGNISED, 2022, 50", "CLAN_RECOGNISED, 2023, 55", "CLAN_RECOGNISED, 2024, 60",
        "CLAN_RECOGNISED, 2025, 65", "CLAN_RECOGNISED, 2030, 75",
        "COMMUNITY_RECOGNISED, 2022, 50", "COMMUNITY_RECOGNISED, 2023, 55", "COMMUNITY_RECOGNISED, 2024, 60",
        "COMMUNITY_RECOGNISED, 2025, 65", "COMMUNITY_RECOGNISED, 2030, 75",
        "UNIT_RECOGNISED, 2022, 50", "UNIT_RECOGNISED, 2023, 60", "UNIT_RECOGNISED, 2024, 70",
        "UNIT_RECOGNISED, 2025, 80", "UNIT_RECOGNISED, 2030, 90"})
    void statedTargetsComeOutExactly(String indicator, int year, int expected) {
        TargetValue target = programme.targetFor(indicator, year, null);

        assertThat(target.value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(target.source()).isEqualTo(TargetValue.Source.STATED);
    }

    @Test
    void aStatedTargetNamesThePlanThatStatesIt() {
        TargetValue target = programme.targetFor(PlanFixture.FAMILY, 2024, null);

        assertThat(target.isDerived()).isFalse();
        assertThat(target.planId()).isEqualTo("programme-387");
        assertThat(target.explanation()).contains("387/QĐ-TTg");
    }

    @Test
    void refusesAYearAfterThePlan() {
        refused("year", 2031, () -> programme.targetFor(PlanFixture.FAMILY, 2031, null));
    }

    @Test
    void refusesAYearBeforeThePlan() {
        refused("year", 2020, () -> programme.targetFor(PlanFixture.FAMILY, 2020, null));
    }

    @Test
    void refusesAnIndicatorThePlanDoesNotSet() {
        refused(NotFoundException.class, "indicator", "NO_SUCH_INDICATOR",
                () -> programme.targetFor("NO_SUCH_INDICATOR", 2025, null));
    }

    @Test
    void refusesATargetForAnIndicatorOutsideThePlansList() {
        refused("targets.indicator", "NO_SUCH_INDICATOR", () -> PlanFixture.withTargets(programme,
                List.of(PlanFixture.target("NO_SUCH_INDICATOR", 2025, null, 10))));
    }

    @Test
    void areaTypeTargetsOverrideTheOrdinaryOnes() {
        Plan plan = PlanFixture.withTargets(programme, List.of(PlanFixture.target(PlanFixture.FAMILY, 2025, MOUNTAINOUS, 50)));

        TargetValue target = plan.targetFor(PlanFixture.FAMILY, 2025, MOUNTAINOUS);

        assertThat(target.value()).isEqualByComparingTo("50");
        assertThat(target.source()).isEqualTo(TargetValue.Source.STATED);
    }

    @Test
    void anOrdinaryAreaKeepsTheOrdinaryTargets() {
        Plan plan = PlanFixture.withTargets(programme, List.of(PlanFixture.target(PlanFixture.FAMILY, 2025, MOUNTAINOUS, 50)));

        assertThat(plan.targetFor(PlanFixture.FAMILY, 2025, null).value()).isEqualByComparingTo("70");
    }

    @Test
    void anAreaTypeWithoutItsOwnTargetForAYearUsesTheOrdinaryOne() {
        Plan plan = PlanFixture.withTargets(programme, List.of(PlanFixture.target(PlanFixture.FAMILY, 2025, MOUNTAINOUS, 50)));

        assertThat(plan.targetFor(PlanFixture.FAMILY, 2023, MOUNTAINOUS).value()).isEqualByComparingTo("60");
    }

    @Test
    void anAreaTypesDerivedYearsStartFromItsOwnStatedValue() {
        Plan plan = PlanFixture.withTargets(programme, List.of(PlanFixture.target(PlanFixture.FAMILY, 2025, MOUNTAINOUS, 50)));

        TargetValue target = plan.targetFor(PlanFixture.FAMILY, 2027, MOUNTAINOUS);

        assertThat(target.value()).isEqualByComparingTo("62");
        assertThat(target.isDerived()).isTrue();
    }
}
