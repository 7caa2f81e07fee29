package org.learningsociety.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.AttainmentCounts;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.attainment.RecordUnits;
import org.learningsociety.core.attainment.UnitCounts;
import org.learningsociety.core.fakes.InMemoryIndicatorValues;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.indicator.IndicatorTable.Measured;
import org.learningsociety.core.indicator.IndicatorTable.Row;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.unit.UnitId;

/**
 * Hải Phòng (31) in 2025, read in January 2026 (after the reform: the city's communes are its
 * children), with the plan files as shipped: Programme 387 and Hải Phòng's 46/KH-UBND.
 */
class MeasuringThePlansIndicatorsTest {

    private static final String IT_TRAINED = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String WORKERS_IN_FAMILIES = "CITIZEN_WORKERS_IN_FAMILIES";

    private final Services services = Services.empty(LocalDate.of(2026, 1, 10));
    private final InMemoryIndicatorValues entered = new InMemoryIndicatorValues();
    private final Map<UnitId, Ratio> familyWorkers = new HashMap<>();

    MeasuringThePlansIndicatorsTest() {
        UnitFixture.loadInto(services.units());
        services.plans().save(shipped("programme-387.yaml"));
        services.plans().save(shipped("hai-phong-46-kh-ubnd-2022.yaml"));
        services.criteriaSets().add(CriteriaFixture.family());
    }

    private static org.learningsociety.core.plan.Plan shipped(String file) {
        String name = "org/learningsociety/referencedata/plans/" + file;
        InputStream in = MeasuringThePlansIndicatorsTest.class.getClassLoader().getResourceAsStream(name);
        return PlanFile.read(name, in);
    }

    private IndicatorReport report() {
        return report(services.attainmentService());
    }

    private IndicatorReport report(AttainmentService attainment) {
        CitizenCounts citizens = (units, year, within, role, on) -> within == LearningModel.FAMILY
                && role == MemberRole.WORKER && year == 2025 ? familyWorkers : Map.of();
        return new IndicatorReport(attainment, services.planDirectory(), services.unitDirectory(), entered, citizens);
    }

    private void enter(UnitId unit, String indicator, Long numerator, Long denominator, Boolean answer) {
        entered.save(new IndicatorValue(unit, 2025, indicator, numerator, denominator, answer, null, "can.bo",
                Instant.parse("2025-12-20T03:00:00Z"), 0));
    }

    private IndicatorTable haiPhong2025() {
        return report().table("31", ReportPeriod.year(2025));
    }

    @Test
    void theCitysTableListsAllElevenIndicatorsOfItsPlanWithTheirTargets() {
        IndicatorTable table = haiPhong2025();

        assertThat(table.planId()).isEqualTo("hai-phong-46-kh-ubnd-2022");
        assertThat(table.rows()).extracting(Row::code).containsExactly("FAMILY_RECOGNISED", "CLAN_RECOGNISED",
                "COMMUNITY_RECOGNISED", "UNIT_RECOGNISED", CHAIR, IT_TRAINED, "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES",
                WORKERS_IN_FAMILIES, "CITIZEN_WORKERS_IN_CLANS", "CITIZEN_WORKERS_IN_COMMUNITIES",
                "CITIZEN_CADRES_IN_UNITS");
        assertThat(table.rows()).extracting(r -> r.target().value().intValue())
                .containsExactly(70, 65, 65, 80, 100, 40, 100, 40, 40, 40, 60);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.target().derived()).isFalse());
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
        assertThat(table.row(CHAIR).orElseThrow().denominator()).contains("xã, phường, thị trấn");
    }

    @Test
    void everyCommuneOfTheCityHasItsChildCellInEveryRow() {
        assertThat(haiPhong2025().rows()).allSatisfy(row -> assertThat(row.children())
                .extracting(IndicatorTable.ChildCell::unitCode).containsExactly("10507", "10532"));
    }

    @Test
    void theFamilyRateIsComputedFromTheTitlesRecognised() {
        List<Subject> families = services.enrolFamilies("10507-TDP1", 4);
        Registration a = services.verified(families.get(0), 2025, CriteriaFixture.earning());
        services.recognise(2025, "125/QĐ-UBND", List.of(a.id()));

        Row family = haiPhong2025().row("FAMILY_RECOGNISED").orElseThrow();

        assertThat(family.source()).isEqualTo(IndicatorSource.COMPUTED);
        assertThat(family.actual().measured()).isEqualTo(Measured.COMPUTED);
        assertThat(family.actual().numerator()).isEqualTo(1);
        assertThat(family.actual().denominator()).isEqualTo(4);
        assertThat(family.actual().value()).isEqualByComparingTo("25");
        assertThat(family.gap()).isEqualByComparingTo("45");
        assertThat(family.children().get(0).actual().denominator()).isEqualTo(4);
        assertThat(family.children().get(1).actual().measured()).isEqualTo(Measured.NO_DATA);
    }

    @Test
    void valuesEnteredByTwoCommunesRollUpToTheCityAsSumsOverSums() {
        enter(UnitFixture.THANH_DONG, IT_TRAINED, 3L, 10L, null);
        enter(UnitFixture.LE_THANH_NGHI, IT_TRAINED, 5L, 10L, null);

        Row row = haiPhong2025().row(IT_TRAINED).orElseThrow();

        assertThat(row.actual().numerator()).isEqualTo(8);
        assertThat(row.actual().denominator()).isEqualTo(20);
        assertThat(row.actual().value()).isEqualByComparingTo("40");
        assertThat(row.actual().measured()).isEqualTo(Measured.ENTERED);
        assertThat(row.actual().unitsWithData()).isEqualTo(2);
        assertThat(row.actual().unitsExpected()).isEqualTo(2);
        assertThat(row.gap()).isEqualByComparingTo("0");
        assertThat(row.children()).extracting(c -> c.actual().value().intValue()).containsExactly(30, 50);
    }

    @Test
    void aYesNoIndicatorIsTheShareOfTheUnitsAnsweringYes() {
        enter(UnitFixture.THANH_DONG, CHAIR, null, null, true);
        enter(UnitFixture.LE_THANH_NGHI, CHAIR, null, null, false);

        Row row = haiPhong2025().row(CHAIR).orElseThrow();

        assertThat(row.actual().numerator()).isEqualTo(1);
        assertThat(row.actual().denominator()).isEqualTo(2);
        assertThat(row.actual().value()).isEqualByComparingTo("50");
        assertThat(row.gap()).isEqualByComparingTo("50");
        assertThat(row.children()).extracting(c -> c.actual().value().intValue()).containsExactly(100, 0);
    }

    @Test
    void anIndicatorNobodyEnteredSaysItHasNoDataRatherThanZero() {
        Row row = haiPhong2025().row("ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES").orElseThrow();

        assertThat(row.actual().measured()).isEqualTo(Measured.NO_DATA);
        assertThat(row.actual().value()).isNull();
        assertThat(row.actual().unitsExpected()).isEqualTo(2);
        assertThat(row.gap()).isNull();
    }

    @Test
    void aCitizenIndicatorIsComputedFromMembersWhereKnownAndTakenFromEnteredTotalsElsewhere() {
        // Thành Đông keeps member lists: 6 workers in its recognised learning families (in group 1), 3 learning citizens
        familyWorkers.put(UnitFixture.GROUP_1, new Ratio(3, 6));
        // Lê Thanh Nghị keeps totals only
        enter(UnitFixture.LE_THANH_NGHI, WORKERS_IN_FAMILIES, 5L, 10L, null);

        Row row = haiPhong2025().row(WORKERS_IN_FAMILIES).orElseThrow();

        assertThat(row.children().get(0).actual().measured()).isEqualTo(Measured.COMPUTED);
        assertThat(row.children().get(0).actual().numerator()).isEqualTo(3);
        assertThat(row.children().get(0).actual().denominator()).isEqualTo(6);
        assertThat(row.children().get(1).actual().measured()).isEqualTo(Measured.ENTERED);
        assertThat(row.actual().measured()).isEqualTo(Measured.MIXED);
        assertThat(row.actual().numerator()).isEqualTo(8);
        assertThat(row.actual().denominator()).isEqualTo(16);
        assertThat(row.actual().value()).isEqualByComparingTo("50");
    }

    @Test
    void totalsACommuneEnteredStandOverItsMemberLists() {
        familyWorkers.put(UnitFixture.GROUP_1, new Ratio(3, 6));
        enter(UnitFixture.THANH_DONG, WORKERS_IN_FAMILIES, 40L, 100L, null);

        Row row = haiPhong2025().row(WORKERS_IN_FAMILIES).orElseThrow();

        assertThat(row.children().get(0).actual().measured()).isEqualTo(Measured.ENTERED);
        assertThat(row.children().get(0).actual().value()).isEqualByComparingTo("40");
    }

    @Test
    void theCommunityRateCountsVillagesOnlyNotTheCommuneRecognisedAsACommunity() {
        // group 1 and group 2 are village communities, one recognised; the commune itself is a community, recognised
        AttainmentCounts counts = new AttainmentCounts() {
            @Override
            public Map<UnitId, UnitCounts> countsByUnit(Collection<UnitId> units, int year, LearningModel model) {
                Map<UnitId, UnitCounts> all = model != LearningModel.COMMUNITY ? Map.of() : Map.of(
                        UnitFixture.GROUP_1, new UnitCounts(1, 1, 1),
                        UnitFixture.GROUP_2, new UnitCounts(1, 1, 0),
                        UnitFixture.THANH_DONG, new UnitCounts(1, 1, 1),
                        UnitFixture.HAI_PHONG, new UnitCounts(1, 1, 1));
                Map<UnitId, UnitCounts> asked = new HashMap<>(all);
                asked.keySet().retainAll(units);
                return asked;
            }

            @Override
            public Map<UnitId, UnitCounts> registrationsBySubjectUnit(Collection<UnitId> recordUnits, int year,
                    LearningModel model) {
                return Map.of();
            }
        };
        AttainmentService attainment = new AttainmentService(counts, services.unitDirectory(),
                services.planDirectory(), RecordUnits.OWN, services.clock());

        Row row = report(attainment).table("31", ReportPeriod.year(2025)).row("COMMUNITY_RECOGNISED").orElseThrow();

        assertThat(row.actual().numerator()).isEqualTo(1);
        assertThat(row.actual().denominator()).isEqualTo(2);
        assertThat(row.actual().value()).isEqualByComparingTo("50");
        assertThat(attainment.attainment("10507", 2025, LearningModel.COMMUNITY).subjects()).isEqualTo(2);
    }

    @Test
    void aReviewIsMeasuredOnThePhasesLastYearAndShowsEachYearOfThePhase() {
        enter(UnitFixture.THANH_DONG, IT_TRAINED, 3L, 10L, null);

        IndicatorTable review = report().table("31", ReportPeriod.phase(2021, 2025));

        assertThat(review.measuredYear()).isEqualTo(2025);
        Row row = review.row(IT_TRAINED).orElseThrow();
        assertThat(row.actual().value()).isEqualByComparingTo("30");
        assertThat(row.years()).extracting(IndicatorTable.YearCell::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(row.years()).extracting(y -> y.target().value().intValue()).containsExactly(25, 25, 30, 35, 40);
        assertThat(row.years().get(0).target().derived()).isTrue();
        assertThat(row.years().get(4).actual().value()).isEqualByComparingTo("30");
        assertThat(row.years().get(3).actual().measured()).isEqualTo(Measured.NO_DATA);
    }
}
