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
    private static final LocalDate LAST_DAY_BEFORE_THE_REFORM = LocalDate.of(2025, 6, 30);

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
            // districts ended with the reform; Thái Bình itself went into Hưng Yên on 1 July 2025
            Period lifetime = province[0].equals("34") ? Period.between(LONG_AGO, LAST_DAY_BEFORE_THE_REFORM)
                    : Period.from(LONG_AGO);
            UnitId provinceId = new UnitId(id++);
            services.units().add(new AdministrativeUnit(provinceId, province[0], province[1], UnitLevel.PROVINCE,
                    centre.id(), lifetime, null));
            services.units().add(new AdministrativeUnit(new UnitId(id++), province[0] + "D", "Huyện của " + province[1],
                    UnitLevel.DISTRICT, provinceId, Period.between(LONG_AGO, LAST_DAY_BEFORE_THE_REFORM), null));
            services.units().add(new AdministrativeUnit(new UnitId(id++), province[0] + "C", "Xã của " + province[1],
                    UnitLevel.COMMUNE, provinceId, lifetime, null));
        }
        return services;
    }

    /**
     * The units are the test's own, read as the hierarchy stood on 1 January 2025, before the reform:
     * a province, a district and a commune of each city or province. After 1 July 2025 there are no
     * districts and Thái Bình is part of Hưng Yên: Thái Bình's plan dates its 2026–2030 reports for
     * whatever units succeed it, and that is the dated hierarchy's to say, not the plan's. Asked on 1
     * January 2025, its district is a district of Thái Bình, as its plan addresses it.
     */
    @ParameterizedTest(name = "{0} {1} {2} {3}: due {4}")
    @CsvSource(nullValues = "-", value = {
        // Hải Phòng 46/KH-UBND: districts early Q1/2026, the city end of Q1/2026, the centre Q2/2026; 2030 in Q3-Q4
        "31D, DISTRICT, PROGRAMME_387, 2021-2025, 2026-02-15",
        "31, PROVINCE, PROGRAMME_387, 2021-2025, 2026-03-31",
        "31D, DISTRICT, PROGRAMME_387, 2021-2030, 2030-08-15",
        "31, PROVINCE, PROGRAMME_387, 2021-2030, 2030-09-30",
        // Hải Phòng's plan gives no yearly day; the 2023 draft's "before 5 December" is a draft of the
        // emulation movement's: it dates no Programme 387 report, and no 1315 report unless put in force
        "31D, DISTRICT, PROGRAMME_387, 2025, -",
        "31D, DISTRICT, EMULATION_1315, 2025, -",
        // HCMC 734/KH-UBND is the emulation movement's (1315) plan: its days date no Programme 387 report
        "79C, COMMUNE, PROGRAMME_387, 2025, -",
        "79, PROVINCE, PROGRAMME_387, 2025, -",
        "79, PROVINCE, PROGRAMME_387, 2021-2025, -",
        // ... and date the movement's own: "trước ngày 25 tháng 11" for the units and localities, "trước
        // ngày 01 tháng 12" for the city, in phase 1 (2023-2025) only; its phase review by Q4/2025
        "79C, COMMUNE, EMULATION_1315, 2025, 2025-11-24",
        "79D, DISTRICT, EMULATION_1315, 2024, 2024-11-24",
        "79, PROVINCE, EMULATION_1315, 2025, 2025-11-30",
        "79, PROVINCE, EMULATION_1315, 2026, -",
        "79, PROVINCE, EMULATION_1315, 2023-2025, 2025-12-31",
        "79C, COMMUNE, EMULATION_1315, 2023-2025, 2025-09-30",
        "79, PROVINCE, EMULATION_1315, 2023-2030, 2030-12-31",
        // 2021-2025 is Programme 387's period, not the movement's: 734's review does not date it
        "79, PROVINCE, EMULATION_1315, 2021-2025, -",
        // Thái Bình 29/KH-KHKH: levels report before 1 December; communes' review by June 2026
        "34D, DISTRICT, PROGRAMME_387, 2024, 2024-11-30",
        "34C, COMMUNE, PROGRAMME_387, 2021-2025, 2026-06-30",
        "34D, DISTRICT, PROGRAMME_387, 2021-2025, 2026-06-30",
        // the province's 2021-2025 report: "3-6/2026: Báo cáo tổng hợp kết quả … giai đoạn 2021-2025"
        "34, PROVINCE, PROGRAMME_387, 2021-2025, 2026-06-30",
        // the 10-year review: the district's conference in Q2/2030, but its report "vào tháng 7 năm 2030";
        // the province's conference in Q4/2030, but its report "trước tháng 8/2030"
        "34D, DISTRICT, PROGRAMME_387, 2021-2030, 2030-07-31",
        "34, PROVINCE, PROGRAMME_387, 2021-2030, 2030-07-31",
        // a Thái Bình commune has no report of its own in 2030: the plan dates the district's only
        "34C, COMMUNE, PROGRAMME_387, 2021-2030, -"
    })
    void theDeadlineIsThePlansMilestoneForTheLevel(String code, UnitLevel level, String programme, String period,
            LocalDate due) {
        Services services = withShippedPlans();
        ReportDeadlines deadlines = new ReportDeadlines(services.planDirectory());
        AdministrativeUnit unit = services.unitDirectory().unitOn(code, LocalDate.of(2025, 1, 1));
        assertThat(unit.level()).isEqualTo(level);

        assertThat(deadlines.dueFor(unit, programme, ReportPeriod.parse(period), LocalDate.of(2025, 1, 1)))
                .isEqualTo(java.util.Optional.ofNullable(due));
    }

    /** Each chain has its own day and recipient: a chain the plans do not run dates nothing. */
    @ParameterizedTest(name = "{0} {1} {2} {3}: due {4}, to {5}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        // Thái Bình 29/KH-KHKH: the association's yearly report before 1 December, the state's yearly review in Q4
        "34C | PROGRAMME_387  | ASSOCIATION | 2024 | 2024-11-30 | Hội Khuyến học huyện, thành phố",
        "34C | PROGRAMME_387  | STATE       | 2024 | 2024-12-31 | Ban Chỉ đạo xây dựng xã hội học tập cùng cấp và các cơ quan có thẩm quyền",
        "34D | PROGRAMME_387  | ASSOCIATION | 2024 | 2024-11-30 | Văn phòng Hội Khuyến học tỉnh",
        "34D | PROGRAMME_387  | ASSOCIATION | 2021-2030 | 2030-07-31 | Thường trực Hội Khuyến học tỉnh",
        "34D | PROGRAMME_387  | STATE       | 2021-2030 | - | -",
        // HCMC 734/KH-UBND runs the state's chain only: units to the Department of Education
        "79C | EMULATION_1315 | STATE       | 2024 | 2024-11-24 | Sở Giáo dục và Đào tạo",
        "79  | EMULATION_1315 | STATE       | 2024 | 2024-11-30 | Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ)",
        "79C | EMULATION_1315 | ASSOCIATION | 2024 | - | -",
        // Hải Phòng 46/KH-UBND runs its reviews up the state's chain; its yearly reports are undated
        "31D | PROGRAMME_387  | STATE       | 2021-2025 | 2026-02-15 | Ban Chỉ đạo thành phố",
        "31  | PROGRAMME_387  | STATE       | 2021-2025 | 2026-03-31 | Bộ Giáo dục và Đào tạo và Trung ương Hội Khuyến học Việt Nam",
        "31  | PROGRAMME_387  | ASSOCIATION | 2021-2025 | - | -",
        "31D | PROGRAMME_387  | STATE       | 2024 | - | -",
    })
    void eachChainIsDatedAndAddressedByItsOwnMilestones(String code, String programme,
            org.learningsociety.core.plan.ReportChain chain, String period, LocalDate due, String recipient) {
        Services services = withShippedPlans();
        LocalDate before = LocalDate.of(2025, 1, 1);
        ReportDeadlines deadlines = new ReportDeadlines(services.planDirectory());
        AdministrativeUnit unit = services.unitDirectory().unitOn(code, before);
        ReportPeriod reportPeriod = ReportPeriod.parse(period);

        assertThat(deadlines.dueFor(unit, programme, chain, reportPeriod, before))
                .isEqualTo(java.util.Optional.ofNullable(due));
        assertThat(deadlines.recipientFor(unit, programme, chain, reportPeriod, before))
                .isEqualTo(java.util.Optional.ofNullable(recipient));
        assertThat(deadlines.chainsDating(unit, programme, reportPeriod, before).contains(chain))
                .isEqualTo(due != null);
    }

    @org.junit.jupiter.api.Test
    void theTenYearReportOfAThaiBinhDistrictIsDatedByItsOwnReportMilestoneNotByItsReviewConference() {
        Services services = withShippedPlans();
        LocalDate before = LocalDate.of(2025, 1, 1);
        AdministrativeUnit district = services.unitDirectory().unitOn("34D", before);

        var dated = new ReportDeadlines(services.planDirectory())
                .datedFor(district, org.learningsociety.core.plan.Plan.PROGRAMME_387, ReportPeriod.parse("2021-2030"),
                        before).orElseThrow();

        assertThat(dated.plan().number()).isEqualTo("29/KH-KHKH");
        assertThat(dated.milestone().kind()).isEqualTo("REPORT");
        assertThat(dated.milestone().statedAs()).contains("vào tháng 7");
        assertThat(dated.firstDay(ReportPeriod.parse("2021-2030"))).contains(LocalDate.of(2030, 7, 1));
        // the review conference (Quý II/2030) is still the plan's, as a milestone of its own kind
        assertThat(dated.plan().milestones("REVIEW_2030")).anySatisfy(m -> {
            assertThat(m.level()).isEqualTo("DISTRICT");
            assertThat(m.to()).isEqualTo(LocalDate.of(2030, 6, 30));
        });
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
        assertThat(new ReportDeadlines(withDraft).dueFor(district, org.learningsociety.core.plan.Plan.PROGRAMME_387,
                ReportPeriod.parse("2025"), on)).isEmpty();
        // in force, the draft dates its own programme's reports: the districts' "trước ngày 05 tháng 12"
        assertThat(new ReportDeadlines(withDraft).dueFor(district, org.learningsociety.core.plan.Plan.EMULATION_1315,
                ReportPeriod.parse("2025"), on)).contains(LocalDate.of(2025, 12, 4));
        assertThat(withDraft.plansApplyingTo(district, on, org.learningsociety.core.plan.Plan.PROGRAMME_387))
                .extracting(p -> p.id()).doesNotContain("hai-phong-draft-2023", "hcmc-734-kh-ubnd-2024");
    }
}
