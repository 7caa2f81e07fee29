package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.workflow.engine.CycleResources;
import org.learningsociety.workflow.keys.LibraryKeys;

class SelfAssessmentIntakeTest {

    private static final String KEY = "FAMILY:2026:11911";

    private ProcessEngine engine;
    private final SelfAssessing records = mock(SelfAssessing.class);
    private SelfAssessmentIntake intake;
    private final List<SelfAssessment> assessments =
            List.of(new SelfAssessment(new RegistrationId(7), Scores.of(Map.of("A1", 10)), List.of()));

    @BeforeEach
    void setUp() {
        engine = CycleResources.engine(new HashMap<>(Map.of(
                "prepareBatches", (JavaDelegate) execution -> execution.setVariable("batches", List.of("1191101")),
                "cycleTaskListener", (TaskListener) task -> { })));
        engine.getRepositoryService().createDeployment()
                .addString("self-assess.bpmn", CycleResources.typed("self-assess")).deploy();
        intake = new SelfAssessmentIntake(engine.getHistoryService(), records);
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private ProcessInstance openWindow() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(LibraryKeys.SELF_ASSESS, KEY,
                Variables.createVariables().putValue("model", "FAMILY").putValue("year", 2026)
                        .putValue("unitCode", "11911"));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).singleResult().getId());
        return instance;
    }

    @Test
    void recordsInTimeWhileTheWindowIsOpen() {
        openWindow();

        assertThat(intake.submit(KEY, assessments)).isFalse();
        verify(records).selfAssessAll(assessments, false);
    }

    @Test
    void recordsAsLateOnceTheWindowClosed() {
        ProcessInstance instance = openWindow();
        String close = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("closeSelfAssessmentEarly").singleResult().getId();
        engine.getTaskService().complete(close, Map.of("closeReason", "Các thôn đã nộp đủ"));

        assertThat(intake.submit(KEY, assessments)).isTrue();
        verify(records).selfAssessAll(assessments, true);
    }
}
