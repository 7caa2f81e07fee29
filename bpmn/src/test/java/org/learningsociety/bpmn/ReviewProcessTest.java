package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2025 and 2030 reviews of Hải Phòng's plan 46/KH-UBND, level by level, with the dates the plan
 * gives (set by the mocked compile step as the real one reads them from the plan's milestones), and
 * the honouring congress held with each level's review.
 */
@Deployment(resources = {"bpmn/review-2025.bpmn", "bpmn/review-2030.bpmn", "forms/report-submission.form",
        "forms/report-review.form", "forms/honouring-proposal.form"})
class ReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        // the state chain's officers, as the starter's reportGroups names them for a process without a chain
        Mocks.register("reportGroups", new StateReportGroups());
        Mocks.register("compileReport", (JavaDelegate) execution -> {
            calls.add("compile");
            execution.setVariable("childrenPending", execution.getVariable("pending"));
        });
        Mocks.register("submitReport", (JavaDelegate) execution -> calls.add("submit"));
        Mocks.register("reviewReport", (JavaDelegate) execution -> calls.add("review"));
        Mocks.register("markReportMissing", (JavaDelegate) execution -> calls.add("missing"));
        Mocks.register("proposeHonours", (JavaDelegate) execution -> calls.add("honours:"
                + execution.getVariable("commendationForm") + ":" + execution.getVariable("registrationIds")));
        Mocks.register("reportTaskListener", (TaskListener) task -> { });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private ProcessInstance start(String key, String unitCode, String parentCode, int pending, String childrenDueAt,
            String reportDueAt) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, key + ":" + unitCode,
                Variables.createVariables().putValue("unitCode", unitCode).putValue("parentCode", parentCode)
                        .putValue("pending", pending).putValue("childrenDueAt", childrenDueAt)
                        .putValue("reportDueAt", reportDueAt));
        executeJobAt(instance, "compileReport");
        return instance;
    }

    private Job jobAt(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private void executeJobAt(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(jobAt(instance, activityId).getId());
    }

    private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult().getId(), variables);
    }

    private static Date date(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    /** Hải Phòng: districts early Q1/2026 (to 15/2), the city end of Q1/2026, the centre Q2/2026; 2030 likewise in Q3–Q4. */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "learning-society.review-2025, district, 303, 31, 2026-01-01T08:00:00+07:00, 2025-12-31T23:59:59+07:00, 2026-02-15T23:59:59+07:00",
        "learning-society.review-2025, city, 31, VN, 2026-02-16T08:00:00+07:00, 2026-02-15T23:59:59+07:00, 2026-03-31T23:59:59+07:00",
        "learning-society.review-2025, centre, VN, , 2026-04-01T08:00:00+07:00, 2026-03-31T23:59:59+07:00, 2026-06-30T23:59:59+07:00",
        "learning-society.review-2030, district, 303, 31, 2030-07-01T08:00:00+07:00, 2030-06-30T23:59:59+07:00, 2030-08-15T23:59:59+07:00",
        "learning-society.review-2030, city, 31, VN, 2030-08-16T08:00:00+07:00, 2030-08-15T23:59:59+07:00, 2030-09-30T23:59:59+07:00",
        "learning-society.review-2030, centre, VN, , 2030-10-01T08:00:00+07:00, 2030-09-30T23:59:59+07:00, 2030-12-31T23:59:59+07:00"
    })
    void eachLevelWaitsForItsChildrenUntilTheirDeadlineThenReportsByItsOwn(String key, String level, String unit,
            String parent, String now, String childrenDueAt, String reportDueAt) {
        at(now);
        ProcessInstance instance = start(key, unit, parent, 1, childrenDueAt, reportDueAt);

        assertThat(jobAt(instance, "childrenDeadline").getDuedate()).isEqualTo(date(childrenDueAt));
        executeJobAt(instance, "childrenDeadline");
        assertThat(instance).isWaitingAt("submitReport", "selectExemplary");
        assertThat(jobAt(instance, "reportDeadline").getDuedate()).isEqualTo(date(reportDueAt));

        complete(instance, "submitReport", Map.of("reportNumber", "20/BC-UBND", "reportDate", "2026-02-10",
                "signer", "Lê Văn Cường"));
        if (parent != null) {
            complete(instance, "reviewReport", Map.of("decision", "APPROVE", "reviewer", "Phạm Thị Dung"));
            assertThat(instance).hasPassed("reportApproved");
        } else {
            assertThat(instance).hasPassed("reportFiled");
        }
        assertThat(instance).isWaitingAt("selectExemplary");
    }

    @Test
    void theCongressProposesExemplarySubjectsForThePrimeMinistersCertificate() {
        at("2026-02-20T08:00:00+07:00");
        ProcessInstance instance = start("learning-society.review-2025", "31", "VN", 0, "2026-02-15T23:59:59+07:00",
                "2026-03-31T23:59:59+07:00");

        complete(instance, "selectExemplary", Map.of("registrationIds", "101, 102", "commendationForm",
                "BANG_KHEN_PRIME_MINISTER", "proposedBy", "Hội Khuyến học thành phố Hải Phòng"));
        assertThat(instance).hasPassed("honoursProposed").isWaitingAt("submitReport");
        complete(instance, "submitReport", Map.of("reportNumber", "20/BC-UBND", "reportDate", "2026-03-20",
                "signer", "Lê Văn Cường"));
        complete(instance, "reviewReport", Map.of("decision", "APPROVE", "reviewer", "Phạm Thị Dung"));

        assertThat(instance).isEnded();
        assertThat(calls).contains("honours:BANG_KHEN_PRIME_MINISTER:101, 102");
    }

    @Test
    void theCityWithNothingSentByTheEndOfQ1IsRecordedMissing() {
        at("2026-02-16T08:00:00+07:00");
        ProcessInstance instance = start("learning-society.review-2025", "31", "VN", 0, "2026-02-15T23:59:59+07:00",
                "2026-03-31T23:59:59+07:00");

        at("2026-04-01T00:00:01+07:00");
        executeJobAt(instance, "reportDeadline");
        executeJobAt(instance, "recordMissing");

        assertThat(instance).hasPassed("reportMissing").isWaitingAt("submitReport", "selectExemplary");
        assertThat(calls).containsExactly("compile", "missing");
    }
}
