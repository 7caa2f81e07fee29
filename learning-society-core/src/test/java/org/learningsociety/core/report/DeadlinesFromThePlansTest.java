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
        // Hải Phòng's plan gives no yearly day; its 2023 draft says before 5 December
        "31D, DISTRICT, 2025, 2025-12-04",
        // HCMC 734/KH-UBND: units before 25 November, the Department to the City before 1 December
        "79C, COMMUNE, 2025, 2025-11-24",
        "79, PROVINCE, 2025, 2025-11-30",
        "79, PROVINCE, 2021-2025, 2025-12-31",
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

        assertThat(deadlines.dueFor(unit, ReportPeriod.parse(period), LocalDate.of(2025, 1, 1))).contains(due);
    }
}
