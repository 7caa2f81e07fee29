package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.bpmn.CycleTestSupport.COMMUNE;
import static org.learningsociety.bpmn.CycleTestSupport.CYCLE;
import static org.learningsociety.bpmn.CycleTestSupport.VILLAGES;
import static org.learningsociety.bpmn.CycleTestSupport.decision;
import static org.learningsociety.test.cycle.EngineClock.at;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningsociety.test.cycle.CycleDriver;

@Deployment(resources = {"bpmn/annual-cycle.bpmn", "bpmn/register.bpmn", "bpmn/self-assess.bpmn",
        "bpmn/verify.bpmn", "bpmn/recognise.bpmn", "bpmn/commend.bpmn"})
class AnnualCycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    CycleDriver driver;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        driver = new CycleDriver(engine);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        at("2026-01-05T08:00:00+07:00");
        Mocks.register("cycleDeadlines", new DefaultDeadlines());
        Mocks.register("recognitionGroups", RecognisingBody.peoplesCommittee());
        Mocks.register("cycleTaskListener", mock(TaskListener.class));
        Mocks.register("prepareBatches", (JavaDelegate) execution -> execution.setVariable("batches", VILLAGES));
        Mocks.register("issueRecognition", mock(JavaDelegate.class));
        Mocks.register("proposeCommendations", (JavaDelegate) execution -> {
            execution.setVariable("proposalCount", 0);
            execution.setVariable("proposedForms", List.of());
        });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private Task task(String key) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
    }

    private void closeEarly(String closeTask) {
        driver.runJob("prepareBatches");
        engine.getTaskService().complete(task(closeTask).getId(), Map.of("closeReason", "Đã xong trước hạn"));
    }

    private ProcessInstance atTheReport() {
        ProcessInstance cycle = driver.start(CYCLE);
        assertThat(cycle).isWaitingAt("registration");
        ProcessInstance register = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("learning-society.register").singleResult();
        assertThat(register.getBusinessKey()).isEqualTo(CYCLE.businessKey());
        assertThat(engine.getRuntimeService().getVariable(register.getId(), "unitCode")).isEqualTo(COMMUNE);

        closeEarly("closeRegistrationEarly");
        assertThat(cycle).isWaitingAt("selfAssessment");
        closeEarly("closeSelfAssessmentEarly");
        assertThat(cycle).isWaitingAt("verification");
        closeEarly("closeVerificationEarly");
        assertThat(cycle).isWaitingAt("recognition");
        engine.getTaskService().complete(task("recogniseCommune").getId(), decision());
        driver.runJob("issueRecognition");
        assertThat(cycle).isWaitingAt("commendation");
        driver.runJob("proposeCommendations");
        assertThat(cycle).isWaitingAt("submitReport");
        return cycle;
    }

    @Test
    void runsTheYearAndReportsInTime() {
        ProcessInstance cycle = atTheReport();

        engine.getTaskService().complete(task("submitReport").getId(),
                Map.of("reportNumber", "45/BC-UBND", "reportDate", "2026-12-10"));

        assertThat(cycle).hasPassed("registration", "selfAssessment", "verification", "recognition",
                "commendation", "submitReport", "cycleCompleted").isEnded();
    }

    @Test
    void aMissedReportDeadlineAsksForALateReport() {
        ProcessInstance cycle = atTheReport();

        at("2026-12-21T00:00:00+07:00");
        driver.runJob(cycle, "reportDeadline");
        assertThat(cycle).isWaitingAt("submitLateReport");
        engine.getTaskService().complete(task("submitLateReport").getId(),
                Map.of("reportNumber", "45/BC-UBND", "reportDate", "2026-12-22"));

        assertThat(cycle).hasPassed("reportDeadline", "reportedLate").hasNotPassed("cycleCompleted").isEnded();
    }

    @Test
    void aPlanDatingTheAwardRoundHoldsTheCommendationUntilItsDayComes() {
        Mocks.register("cycleDeadlines", new DefaultDeadlines() {
            @Override
            public boolean awardRoundDated(org.camunda.bpm.engine.delegate.VariableScope scope) {
                return true;
            }

            @Override
            public java.util.Date awardRoundStarts(org.camunda.bpm.engine.delegate.VariableScope scope) {
                return java.util.Date.from(java.time.OffsetDateTime.parse("2026-10-01T00:00:00+07:00").toInstant());
            }
        });
        ProcessInstance cycle = driver.start(CYCLE);
        closeEarly("closeRegistrationEarly");
        closeEarly("closeSelfAssessmentEarly");
        closeEarly("closeVerificationEarly");
        engine.getTaskService().complete(task("recogniseCommune").getId(), decision());
        driver.runJob("issueRecognition");

        assertThat(cycle).isWaitingAt("awardRoundOpens").hasNotPassed("commendation");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers()
                .singleResult().getDuedate()).isEqualTo(java.util.Date.from(
                        java.time.OffsetDateTime.parse("2026-10-01T00:00:00+07:00").toInstant()));

        at("2026-10-01T00:00:00+07:00");
        driver.runJob(cycle, "awardRoundOpens");
        assertThat(cycle).isWaitingAt("commendation");
    }
}
