package org.learningsociety.workflow.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A self-assessment sent over the API after its commune's self-assessment window closed is kept and
 * marked late, as the cycle's intake marks it; one sent while no window has closed is in time.
 */
class LateSelfAssessmentApiTest extends ApiContextTest {

    /** A year and model no other API test runs a self-assessment window of. */
    private static final int YEAR = 2027;

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @Test
    void aSelfAssessmentAfterTheWindowClosedIsMarkedLate() throws Exception {
        long registration = registerFor(addHousehold(HAI_DUONG), YEAR);
        closeSelfAssessmentWindowOf(HAI_DUONG);

        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(haiDuong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", YEAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.selfAssessedLate").value(true));
    }

    @Test
    void aSelfAssessmentWhileNoWindowClosedIsInTime() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), YEAR);

        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(fullMarks("FAMILY", YEAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfAssessedLate").value(false));
    }

    /** The commune's self-assessment window of the year, opened and closed early by its officer. */
    private void closeSelfAssessmentWindowOf(String commune) {
        String key = "FAMILY:" + YEAR + ":" + commune;
        if (runtime.createProcessInstanceQuery().processDefinitionKey(LibraryKeys.SELF_ASSESS).processInstanceBusinessKey(key)
                .count() > 0 || historyHasClosed(key)) {
            return;
        }
        ProcessInstance window = runtime.startProcessInstanceByKey(LibraryKeys.SELF_ASSESS, key, Variables.createVariables()
                .putValue("model", "FAMILY").putValue("year", YEAR).putValue("unitCode", commune));
        management.createJobQuery().processInstanceId(window.getId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        String close = tasks.createTaskQuery().processInstanceId(window.getId())
                .taskDefinitionKey("closeSelfAssessmentEarly").singleResult().getId();
        tasks.complete(close, Map.of("closeReason", "Các thôn đã nộp đủ"));
    }

    private boolean historyHasClosed(String key) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(LibraryKeys.SELF_ASSESS)
                .processInstanceBusinessKey(key).finished().count() > 0;
    }
}
