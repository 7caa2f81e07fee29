package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Where each level's report stands, and the start of a round of reports, through the API. */
class ReportStatusApiTest extends ApiContextTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ManagementService management;

    /** Thái Bình's code: the scope of its plan 29/KH-KHKH. */
    private static final String THAI_BINH = "34";
    /** A district of Thái Bình that this test's hierarchy keeps through 2030 (its code is the test's own). */
    private static final String THAI_BINH_DISTRICT = "34901";
    private static final String HCMC = "79";
    /** A ward of Hồ Chí Minh City (its code is the test's own). */
    private static final String HCMC_WARD = "79901";

    /**
     * Adds, once, a province (unless there) with one unit under it, valid from 2021 and still open: units the national list
     * loaded here (Hải Phòng only) does not hold.
     */
    private synchronized void province(String code, String name, String childCode, String childName,
            org.learningsociety.core.unit.UnitLevel childLevel) {
        java.time.LocalDate from = java.time.LocalDate.of(2021, 1, 1);
        if (unitRepository.findLatestByCode(childCode).isPresent()) {
            return;
        }
        // another test of the shared context (TwoReportingChainsTest) may have added the province already
        var province = province(code, name);
        unitRepository.add(new org.learningsociety.core.unit.AdministrativeUnit(unitRepository.nextIds(1), childCode,
                childName, childLevel, province.id(), org.learningsociety.core.shared.Period.from(from), null));
    }

    private Object variable(String businessKey, String name) {
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
        assertThat(process).as(businessKey).isNotNull();
        return runtime.getVariable(process.getId(), name);
    }

    /** Runs the jobs the processes of {@code businessKeys} have now: their reports are compiled and dated. */
    private void compile(String... businessKeys) {
        for (String key : businessKeys) {
            var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
            management.createJobQuery().processInstanceId(process.getId()).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
    }

    @Test
    void aThaiBinhDistrictsTenYearReportIsDueInJuly2030AsItsPlanSaysNotAtItsReviewConference() throws Exception {
        // The national list ends Thái Bình on 30 June 2025 (it went into Hưng Yên) and has no districts after
        // the reform; its plan dates its 2026-2030 reports for whatever units succeed it, which the dated
        // hierarchy decides. This test's hierarchy keeps the province and one district open through 2030 to
        // see what the plan says for them: the district's report "vào tháng 7 năm 2030", the province's
        // "trước tháng 8/2030" - not the end of their review conferences (Q2/2030, Q4/2030).
        province(THAI_BINH, "Tỉnh Thái Bình", THAI_BINH_DISTRICT, "Huyện của Tỉnh Thái Bình (giữ lại trong phép thử)",
                org.learningsociety.core.unit.UnitLevel.DISTRICT);

        // plan 29/KH-KHKH is the association's: its reports go up the association's chain (issue 18)
        String district = "2021-2030:" + THAI_BINH_DISTRICT + ":ASSOCIATION";
        String province = "2021-2030:" + THAI_BINH + ":ASSOCIATION";
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + THAI_BINH + "\",\"period\":\"2021-2030\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programme").value("PROGRAMME_387"))
                .andExpect(jsonPath("$.started").value(hasItem(district)))
                .andExpect(jsonPath("$.started").value(hasItem(province)));
        compile(district, province);

        assertThat(variable(district, "reportDueAt")).as("tháng 7 năm 2030")
                .isEqualTo("2030-07-31T23:59:59+07:00");
        assertThat(variable(province, "reportDueAt")).as("trước tháng 8/2030")
                .isEqualTo("2030-07-31T23:59:59+07:00");
        mvc.perform(get(API + "/reports/" + THAI_BINH_DISTRICT + "/2021-2030").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("PROGRAMME_387"))
                .andExpect(jsonPath("$.programmeName").value("Chương trình 387"))
                .andExpect(jsonPath("$.chain").value("ASSOCIATION"))
                .andExpect(jsonPath("$.deadline").value("2030-07-31"));
    }

    @Test
    void aRoundOfTheEmulationMovementTakesHcmc734sDaysAndProgramme387sRoundDoesNot() throws Exception {
        province(HCMC, "Thành phố Hồ Chí Minh", HCMC_WARD, "Phường của Thành phố Hồ Chí Minh (trong phép thử)",
                org.learningsociety.core.unit.UnitLevel.COMMUNE);

        // Programme 387: no plan of it dates HCMC's yearly report (734/KH-UBND is the movement's), so the round
        // is refused unless it gives its own day, which is then the reports' deadline
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HCMC + "\",\"period\":\"2025\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("dueDate"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("734/KH-UBND"))));
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HCMC + "\",\"period\":\"2025\",\"dueDate\":\"2025-12-20\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.started").value(hasItem("2025:" + HCMC)));
        // the emulation movement (1315): 734/KH-UBND's "trước ngày 25 tháng 11" for units and localities and
        // "trước ngày 01 tháng 12" for the city; a round of its own beside Programme 387's, needing no day
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HCMC + "\",\"period\":\"2025\",\"programme\":\"EMULATION_1315\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("&programme=EMULATION_1315")))
                .andExpect(jsonPath("$.programme").value("EMULATION_1315"))
                .andExpect(jsonPath("$.started").value(hasItem("2025:" + HCMC + ":EMULATION_1315")))
                .andExpect(jsonPath("$.started").value(hasItem("2025:" + HCMC_WARD + ":EMULATION_1315")));
        compile("2025:" + HCMC_WARD, "2025:" + HCMC, "2025:" + HCMC_WARD + ":EMULATION_1315",
                "2025:" + HCMC + ":EMULATION_1315");

        assertThat(variable("2025:" + HCMC, "reportDueAt")).as("Programme 387: the round's day")
                .isEqualTo("2025-12-20T23:59:59+07:00");
        assertThat(variable("2025:" + HCMC_WARD, "reportDueAt")).isEqualTo("2025-12-20T23:59:59+07:00");
        assertThat(variable("2025:" + HCMC + ":EMULATION_1315", "reportDueAt")).as("1315: before 1 December")
                .isEqualTo("2025-11-30T23:59:59+07:00");
        assertThat(variable("2025:" + HCMC_WARD + ":EMULATION_1315", "reportDueAt")).as("1315: before 25 November")
                .isEqualTo("2025-11-24T23:59:59+07:00");

        // two reports of the city for 2025, one per programme
        mvc.perform(get(API + "/reports/status").param("unit", HCMC).param("period", "2025")
                        .param("programme", "EMULATION_1315").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("EMULATION_1315"))
                .andExpect(jsonPath("$.programmeName").value("Phong trào thi đua 1315"))
                .andExpect(jsonPath("$.deadline").value("2025-11-30"))
                .andExpect(jsonPath("$.childrenDeadline").value("2025-11-24"));
        mvc.perform(get(API + "/reports/" + HCMC + "/2025").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("PROGRAMME_387"))
                .andExpect(jsonPath("$.deadline").doesNotExist());
        mvc.perform(get(API + "/reports/" + HCMC + "/2025").param("programme", "EMULATION_1315").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("EMULATION_1315"))
                .andExpect(jsonPath("$.deadline").value("2025-11-30"));

        // the movement's periods are its plan's (2023-2025, 2026-2030, 2023-2030), not Programme 387's
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HCMC + "\",\"period\":\"2021-2025\",\"programme\":\"EMULATION_1315\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2023-2025")));
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HCMC + "\",\"period\":\"2025\",\"programme\":\"1315\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("programme"));
    }

    @Test
    void startsARoundForACommuneAndShowsItsReportAndItsStatusInVietnamese() throws Exception {
        // no plan in force for Hải Dương dates a commune's 2026 report: no day is made up, the round asks for one
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_DUONG + "\",\"period\":\"2026\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("dueDate"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Kế hoạch "),
                        org.hamcrest.Matchers.containsString("không nêu hạn báo cáo kết quả xây dựng xã hội học tập năm 2026"),
                        org.hamcrest.Matchers.containsString("Phường Hải Dương"),
                        org.hamcrest.Matchers.containsString("hãy nêu hạn nộp (dueDate)"))));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2026:" + HAI_DUONG).count())
                .as("nothing started").isZero();
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_DUONG + "\",\"period\":\"2026\",\"dueDate\":\"2026-12-04\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("2026"))
                .andExpect(jsonPath("$.started").value(hasItem("2026:" + HAI_DUONG)));
        // the same round again starts nothing new
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_DUONG + "\",\"period\":\"2026\",\"dueDate\":\"2026-12-04\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.started.length()").value(0));

        // until the process compiles it, the commune has no report yet
        mvc.perform(get(API + "/reports/status").param("unit", HAI_DUONG).param("period", "2026").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Phường Hải Dương"))
                .andExpect(jsonPath("$.status").doesNotExist())
                .andExpect(jsonPath("$.statusName").value("Chưa lập báo cáo"));
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("2026:" + HAI_DUONG).singleResult();
        management.createJobQuery().processInstanceId(process.getId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(runtime.getVariable(process.getId(), "reportDueAt")).as("the round's day, the plan dating none")
                .isEqualTo("2026-12-04T23:59:59+07:00");

        mvc.perform(get(API + "/reports/status").param("unit", HAI_DUONG).param("period", "2026").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(HAI_DUONG))
                .andExpect(jsonPath("$.unitName").value("Phường Hải Dương"))
                .andExpect(jsonPath("$.period").value("2026"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusName").value("Dự thảo"));
    }

    @Test
    void showsTheProvincesChildrenWithNoReportYet() throws Exception {
        mvc.perform(get(API + "/reports/status").param("unit", HAI_PHONG).param("period", "2021-2025")
                        .with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.length()").value(114))
                .andExpect(jsonPath("$.children[0].statusName").value("Chưa lập báo cáo"));
    }

    @Test
    void refusesAnotherCommunesStatusABadPeriodAndARoundWithoutAUnit() throws Exception {
        mvc.perform(get(API + "/reports/status").param("unit", THANH_DONG).param("period", "2024").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/reports/status").param("unit", THANH_DONG).param("period", "năm ngoái").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2024\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCode"));
    }

    @Test
    void aReportNoProgramme387PlanDatesIsDueOnTheRoundsDayNotOnTheEmulationMovementsDraft() throws Exception {
        // 46/KH-UBND dates no yearly report; the 2023 draft's "trước ngày 5/12" for the city is the emulation
        // movement's (1315), in force here for the cycle's windows but never a Programme 387 report's day
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_PHONG + "\",\"period\":\"2029\",\"dueDate\":\"2029-12-20\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.started").value(hasItem("2029:" + HAI_PHONG)))
                .andExpect(jsonPath("$.started").value(hasItem("2029:" + THANH_DONG)));
        for (String unit : java.util.List.of(HAI_PHONG, THANH_DONG)) {
            var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("2029:" + unit).singleResult();
            management.createJobQuery().processInstanceId(process.getId()).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2029:"
                + HAI_PHONG).singleResult().getId(), "reportDueAt")).as("the round's day, not the 1315 draft's 4 December")
                .isEqualTo("2029-12-20T23:59:59+07:00");
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2029:"
                + THANH_DONG).singleResult().getId(), "reportDueAt")).as("the round's day: no plan dates a commune's")
                .isEqualTo("2029-12-20T23:59:59+07:00");
    }
}
