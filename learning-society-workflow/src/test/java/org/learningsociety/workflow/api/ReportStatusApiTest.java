package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
