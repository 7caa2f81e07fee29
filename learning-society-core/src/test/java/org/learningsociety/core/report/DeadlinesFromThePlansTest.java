package org.learningsociety.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** The deadlines of the reports and reviews as the shipped plans of Hải Phòng, Thái Bình and HCMC state them. */
class DeadlinesFromThePlansTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private static Services withShippedPlans() {
        Services services = Services.empty(LocalDate.of(2025, 10, 1));
        for (String id : new String[] {"programme-387", "hai-phong-46-kh-ubnd-2022", "hai-phong-draft-2023",
                "hcmc-734-kh-ubnd-2024", "thai-binh-29-kh-khkh-2022"}) {
            String name = ReferenceDataLoader.PLAN_FOLDER + "/" + id + ".yaml";
            InputStream in = DeadlinesFromThePlansTest.class.getClassLoader().getResourceAsStream(name);
            services.plans().save(PlanFile.read(name, in));
        }
        AdministrativeUnit centre = new AdministrativeUnit(new UnitId(1), "VN", "Trung ương", UnitLevel.CENTRE, null,
                Period.from(LONG_AGO), null);
        services.units().add(centre);
        long id = 2;
        for (String[] province : new String[][] {{"31", "Thành phố Hải Phòng"}, {"79", "Thành phố Hồ Chí Minh"},
                {"34", "Tỉnh Thái Bình"}}) {
            UnitId provinceId = new UnitId(id++);
            services.units().add(new AdministrativeUnit(provinceId, province[0], province[1], UnitLevel.PROVINCE,
                    centre.id(), Period.from(LONG_AGO), null));
            services.units().add(new AdministrativeUnit(new UnitId(id++), province[0] + "D", "Huyện của " + province[1],
                    UnitLevel.DISTRICT, provinceId, Period.from(LONG_AGO), null));
            services.units().add(new AdministrativeUnit(new UnitId(id++), province[0] + "C", "Xã của " + province[1],
                    UnitLevel.COMMUNE, provinceId, Period.from(LONG_AGO), null));
        }
        return services;
    }

    @ParameterizedTest(name = "{0} {1} {2}: due {3}")
    @CsvSource(nullValues = "-", value = {
        // Hải Phòng 46/KH-UBND: districts early Q1/2026, the city end of Q1/2026, the centre Q2/2026; 2030 in Q3-Q4
        "31D, DISTRICT, 2021-2025, 2026-02-15",
        "31, PROVINCE, 2021-2025, 2026-03-31",
        "31D, DISTRICT, 2021-2030, 2030-08-15",
        "31, PROVINCE, 2021-2030, 2030-09-30",
        // Hải Phòng's plan gives no yearly day; the 2023 draft's "before 5 December" is a draft of the
        // emulation movement's: it dates no Programme 387 report
        "31D, DISTRICT, 2025, -",
        // HCMC 734/KH-UBND is the emulation movement's (1315) plan: its days date no Programme 387 report
        "79C, COMMUNE, 2025, -",
        "79, PROVINCE, 2025, -",
        "79, PROVINCE, 2021-2025, -",
        // Thái Bình 29/KH-KHKH: levels report before 1 December; communes' review by June 2026
        "34D, DISTRICT, 2024, 2024-11-30",
        "34C, COMMUNE, 2021-2025, 2026-06-30",
        "34D, DISTRICT, 2021-2025, 2026-06-30",
        "34D, DISTRICT, 2021-2030, 2030-06-30"
    })
    void theDeadlineIsThePlansMilestoneForTheLevel(String code, UnitLevel level, String period, LocalDate due) {
        Services services = withShippedPlans();
        ReportDeadlines deadlines = new ReportDeadlines(services.planDirectory());
        AdministrativeUnit unit = services.unitDirectory().unitOn(code, LocalDate.of(2025, 1, 1));
        assertThat(unit.level()).isEqualTo(level);

        assertThat(deadlines.dueFor(unit, ReportPeriod.parse(period), LocalDate.of(2025, 1, 1)))
                .isEqualTo(java.util.Optional.ofNullable(due));
    }

    @org.junit.jupiter.api.Test
    void aDraftAppliesOnlyWhereAProvincePutsItInForceAndNeverToAProgramme387Report() {
        Services services = withShippedPlans();
        AdministrativeUnit district = services.unitDirectory().unitOn("31D", LocalDate.of(2025, 1, 1));
        LocalDate on = LocalDate.of(2025, 1, 1);
        org.learningsociety.core.plan.PlanDirectory issuedOnly = services.planDirectory();
        org.learningsociety.core.plan.PlanDirectory withDraft = new org.learningsociety.core.plan.PlanDirectory(
                services.plans(), services.unitDirectory(), java.util.Set.of("hai-phong-draft-2023"));

        assertThat(issuedOnly.plansApplyingTo(district, on)).extracting(p -> p.id())
                .doesNotContain("hai-phong-draft-2023").contains("hai-phong-46-kh-ubnd-2022");
        assertThat(withDraft.plansApplyingTo(district, on)).extracting(p -> p.id()).contains("hai-phong-draft-2023");
        // in force, the draft dates what its programme runs, not Programme 387's report
        assertThat(new ReportDeadlines(withDraft).dueFor(district, ReportPeriod.parse("2025"), on)).isEmpty();
        assertThat(withDraft.plansApplyingTo(district, on, org.learningsociety.core.plan.Plan.PROGRAMME_387))
                .extracting(p -> p.id()).doesNotContain("hai-phong-draft-2023", "hcmc-734-kh-ubnd-2024");
    }
}
