package org.learningsociety.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningsociety.core.fixtures.PlanFixture;

class DerivedTargetsTest {

    private final Plan programme = PlanFixture.programme387();

    @ParameterizedTest(name = "{0} {1} = {2}%")
    @CsvSource({
        "FAMILY_RECOGNISED, 2026, 72", "FAMILY_RECOGNISED, 2027, 74", "FAMILY_RECOGNISED, 2028, 76",
        "FAMILY_RECOGNISED, 2029, 78",
        "CLAN_RECOGNISED, 2026, 67", "CLAN_RECOGNISED, 2027, 69", "CLAN_RECOGNISED, 2028, 71",
        "CLAN_RECOGNISED, 2029, 73",
        "COMMUNITY_RECOGNISED, 2027, 69",
        "UNIT_RECOGNISED, 2026, 82", "UNIT_RECOGNISED, 2027, 84", "UNIT_RECOGNISED, 2028, 86",
        "UNIT_RECOGNISED, 2029, 88"})
    void yearsBetween2025And2030FollowAStraightLine(String indicator, int year, int expected) {
        assertThat(programme.targetFor(indicator, year, null).value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Test
    void aDerivedTargetIsMarkedDerivedAndExplainsItself() {
        TargetValue target = programme.targetFor(PlanFixture.FAMILY, 2027, null);

        assertThat(target.source()).isEqualTo(TargetValue.Source.DERIVED);
        assertThat(target.isDerived()).isTrue();
        assertThat(target.planId()).isEqualTo("programme-387");
        assertThat(target.explanation()).contains("2025").contains("2030");
    }

    @Test
    void theYearBeforeTheFirstStatedYearIsDerivedFromItNeverZero() {
        TargetValue target = programme.targetFor(PlanFixture.FAMILY, 2021, null);

        assertThat(target.value()).isEqualByComparingTo("55");
        assertThat(target.value()).isNotEqualByComparingTo(BigDecimal.ZERO);
        assertThat(target.isDerived()).isTrue();
        assertThat(target.explanation()).contains("2022");
    }

    @Test
    void aStepPlanCarriesTheLastStatedValueForward() {
        Plan step = new Plan(programme.id(), programme.version(), programme.status(), programme.issuer(),
                programme.number(), programme.issuedOn(), programme.issuedYear(), programme.title(), programme.scope(),
                programme.legalBasis(), programme.phases(), programme.indicators(), programme.targets(),
                DerivationRule.STEP, programme.milestones());

        TargetValue target = step.targetFor(PlanFixture.FAMILY, 2027, null);

        assertThat(target.value()).isEqualByComparingTo("70");
        assertThat(target.isDerived()).isTrue();
    }

    @Test
    void aPlanWithoutADerivationRuleDerivesLinearly() {
        Plan unstated = new Plan(programme.id(), programme.version(), programme.status(), programme.issuer(),
                programme.number(), programme.issuedOn(), programme.issuedYear(), programme.title(), programme.scope(),
                programme.legalBasis(), programme.phases(), programme.indicators(), programme.targets(), null,
                programme.milestones());

        assertThat(unstated.targetFor(PlanFixture.FAMILY, 2027, null).value()).isEqualByComparingTo("74");
    }
}
