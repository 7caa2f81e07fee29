package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The yearly report of one unit up the hierarchy: a commune reports to its province, a province
 * waits for its communes (or their deadline), the level above approves or sends back, the deadline
 * records a report missing. The compile step is mocked with the dates the plans give.
 */
@Deployment(resources = {"bpmn/yearly-report.bpmn", "forms/report-submission.form", "forms/report-review.form"})
class ReportProcessTest {

    /** The message the process's {@code childrenReported} event waits for (the starter's notifier sends it). */
    static final String CHILDREN_REPORTED = "learning-society.ChildrenReported";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    final List<String> calls = new ArrayList<>();
    /** The indicator values' listener's calls: it fills in and stores only on the submission task. */
    final List<String> indicatorCalls = new ArrayList<>();
    final Map<String, Map<String, Object>> compiled = new HashMap<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        at("2025-11-20T08:00:00+07:00");
        // HCMC's yearly deadlines: communes (units) before 25 November, the city before 1 December
        compiled.put("26734", Map.of("childrenPending", 0, "childrenDueAt", "2025-11-24T23:59:59+07:00",
                "reportDueAt", "2025-11-24T23:59:59+07:00"));
        compiled.put("79", Map.of("childrenPending", 2, "childrenDueAt", "2025-11-24T23:59:59+07:00",
                "reportDueAt", "2025-11-30T23:59:59+07:00"));
        // the state chain's officers, as the starter's reportGroups names them for a process without a chain
        Mocks.register("reportGroups", new StateReportGroups());
        Mocks.register("compileReport", (JavaDelegate) execution -> {
            calls.add("compile:" + execution.getVariable("unitCode"));
            execution.setVariables(compiled.get((String) execution.getVariable("unitCode")));
        });
        Mocks.register("submitReport", (JavaDelegate) execution -> calls.add("submit"));
        Mocks.register("reviewReport", (JavaDelegate) execution -> {
            if ("SEND_BACK".equals(execution.getVariable("decision"))
                    && (execution.getVariable("reason") == null || execution.getVariable("reason").toString().isBlank())) {
                throw new ProcessEngineException("Phải nêu lý do trả lại báo cáo");
            }
            calls.add("review:" + execution.getVariable("decision"));
        });
        Mocks.register("markReportMissing", (JavaDelegate) execution -> calls.add("missing"));
        Mocks.register("reportTaskListener", (TaskListener) task -> { });
        Mocks.register("indicatorValuesTaskListener", (TaskListener) task -> indicatorCalls.add(
                task.getTaskDefinitionKey() + ":" + task.getEventName()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private ProcessInstance start(String unitCode, String parentCode) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("learning-society.yearly-report",
                "2025:" + unitCode, Variables.createVariables().putValue("unitCode", unitCode)
                        .putValue("parentCode", parentCode).putValue("period", "2025"));
        executeJobAt(instance, "compileReport");
        return instance;
    }

    private void executeJobAt(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(instance, key).getId(), variables);
    }

    private static Map<String, Object> submission() {
        return Map.of("reportNumber", "15/BC-UBND", "reportDate", "2025-11-22", "signer", "Nguyễn Văn An");
    }

    @Test
    void aCommuneSendsItsReportAndTheProvinceApprovesIt() {
        ProcessInstance instance = start("26734", "79");

        assertThat(instance).isWaitingAt("submitReport");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("ubnd26734").count()).isEqualTo(1);
        complete(instance, "submitReport", submission());

        assertThat(instance).isWaitingAt("reviewReport");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("ubnd79").count()).isEqualTo(1);
        complete(instance, "reviewReport", Map.of("decision", "APPROVE", "reviewer", "Trần Thị Bình"));

        assertThat(instance).hasPassed("recordSubmission", "recordReview", "reportApproved").isEnded();
        assertThat(calls).containsExactly("compile:26734", "submit", "review:APPROVE");
        assertThat(indicatorCalls).containsExactly("submitReport:create", "submitReport:complete");
    }

    @Test
    void aSentBackReportIsCorrectedAndSentAgain() {
        ProcessInstance instance = start("26734", "79");
        complete(instance, "submitReport", submission());

        complete(instance, "reviewReport", Map.of("decision", "SEND_BACK", "reason", "Thiếu số liệu Dòng họ học tập",
                "reviewer", "Trần Thị Bình"));
        assertThat(instance).isWaitingAt("submitReport");
        complete(instance, "submitReport", submission());
        complete(instance, "reviewReport", Map.of("decision", "APPROVE", "reviewer", "Trần Thị Bình"));

        assertThat(instance).isEnded();
        assertThat(calls).containsExactly("compile:26734", "submit", "review:SEND_BACK", "submit", "review:APPROVE");
    }

    @Test
    void sendingBackWithoutAReasonIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = start("26734", "79");
        complete(instance, "submitReport", submission());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(instance, "reviewReport",
                Map.of("decision", "SEND_BACK", "reviewer", "Trần Thị Bình")))
                .hasMessageContaining("Phải nêu lý do");

        assertThat(instance).isWaitingAt("reviewReport");
    }

    @Test
    void theProvinceWaitsForItsCommunesAndReportsOnceTheyHave() {
        ProcessInstance instance = start("79", null);
        assertThat(instance).isWaitingAt("awaitChildren");

        engine.getRuntimeService().createMessageCorrelation(CHILDREN_REPORTED)
                .processInstanceBusinessKey("2025:79").correlate();
        assertThat(instance).isWaitingAt("submitReport");
        complete(instance, "submitReport", submission());

        // the city is the top of this plan's hierarchy: nobody above approves in the process
        assertThat(instance).hasPassed("childrenReported", "reportFiled").isEnded();
    }

    @Test
    void theProvinceReportsAtItsCommunesDeadlineWithTheMissingListed() {
        ProcessInstance instance = start("79", null);

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("childrenDeadline").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
                java.time.OffsetDateTime.parse("2025-11-24T23:59:59+07:00").toInstant()));
        at("2025-11-25T00:00:00+07:00");
        executeJobAt(instance, "childrenDeadline");

        assertThat(instance).hasPassed("childrenDeadline").isWaitingAt("submitReport");
        assertThat(instance).hasNotPassed("childrenReported");
    }

    @Test
    void theDeadlinePassingRecordsTheReportMissingAndItCanStillBeSentLate() {
        ProcessInstance instance = start("26734", "79");
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("reportDeadline").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(java.util.Date.from(
                java.time.OffsetDateTime.parse("2025-11-24T23:59:59+07:00").toInstant()));

        at("2025-11-25T08:00:00+07:00");
        executeJobAt(instance, "reportDeadline");
        executeJobAt(instance, "recordMissing");

        assertThat(instance).hasPassed("reportMissing").isWaitingAt("submitReport");
        complete(instance, "submitReport", submission());
        complete(instance, "reviewReport", Map.of("decision", "APPROVE", "reviewer", "Trần Thị Bình"));
        assertThat(instance).isEnded();
        assertThat(calls).containsExactly("compile:26734", "missing", "submit", "review:APPROVE");
    }

    @Test
    void theTasksShowTheDeployedVietnameseForms() throws Exception {
        ProcessInstance instance = start("26734", "79");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task(instance, "submitReport").getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"reportNumber\"", "Số báo cáo", "\"required\": true");
        }
        complete(instance, "submitReport", submission());
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task(instance, "reviewReport").getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"decision\"", "\"reason\"", "Lý do trả lại", "SEND_BACK");
        }
    }
}
