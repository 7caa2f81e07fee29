package org.learningsociety.workflow.api;

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
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_DUONG + "\",\"period\":\"2026\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("2026"))
                .andExpect(jsonPath("$.started").value(hasItem("2026:" + HAI_DUONG)));
        // the same round again starts nothing new
        mvc.perform(post(API + "/reports/rounds").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + HAI_DUONG + "\",\"period\":\"2026\"}"))
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
}
