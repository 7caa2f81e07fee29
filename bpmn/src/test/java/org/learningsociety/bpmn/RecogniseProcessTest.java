package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.bpmn.CycleTestSupport.COMMUNE;
import static org.learningsociety.bpmn.CycleTestSupport.CYCLE;
import static org.learningsociety.bpmn.CycleTestSupport.decision;
import static org.learningsociety.test.cycle.EngineClock.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.test.cycle.CycleDriver;

@Deployment(resources = {"bpmn/recognise.bpmn", "forms/recognition-decision.form"})
class RecogniseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    CycleDriver driver;
    JavaDelegate issueRecognition;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        driver = new CycleDriver(engine);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        at("2026-11-02T08:00:00+07:00");
        issueRecognition = mock(JavaDelegate.class);
        Mocks.register("issueRecognition", issueRecognition);
        Mocks.register("cycleDeadlines", new DefaultDeadlines());
        Mocks.register("recognitionGroups", RecognisingBody.peoplesCommittee());
        Mocks.register("cycleTaskListener", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                task.setName("Công nhận Gia đình học tập của Xã An Lão năm 2026: 312 hồ sơ đã thẩm định");
            } else if (task.getVariable("decisionNumber") == null) {
                throw new ProcessEngineException("Thiếu số quyết định công nhận");
            }
        });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private Task recognitionTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void thePeoplesCommitteeDecidesAndTheDecisionIsRecorded() throws Exception {
        ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);
        Task task = recognitionTask(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("recogniseCommune");
        assertThat(task.getName()).startsWith("Công nhận Gia đình học tập");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("ubnd" + COMMUNE).count()).isEqualTo(1);

        engine.getTaskService().complete(task.getId(), decision());
        assertThat(instance).isWaitingAt("issueRecognition");
        driver.runJob(instance, "issueRecognition");

        verify(issueRecognition).execute(any(DelegateExecution.class));
        assertThat(instance).hasPassed("recognitionDecided", "recognised").isEnded();
    }

    @Test
    void theAssociationHasTheTaskWhereThePlanNamesIt() {
        Mocks.register("recognitionGroups", RecognisingBody.association());
        ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);

        assertThat(recognitionTask(instance).getTaskDefinitionKey()).isEqualTo("recogniseCommune");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("hoikhuyenhoc" + COMMUNE).count())
                .isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("ubnd" + COMMUNE).count()).isZero();
    }

    @Test
    void aDecisionWithoutItsNumberIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);
        Task task = recognitionTask(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .hasMessageContaining("Thiếu số quyết định");

        assertThat(instance).isWaitingAt("recogniseCommune");
    }

    @Test
    void theWindowClosesAtTheTimerWithoutADecision() throws Exception {
        ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);

        at("2026-12-11T00:00:00+07:00");
        driver.runJob(instance, "recognitionWindowCloses");

        assertThat(instance).hasPassed("recognitionWindowMissed").isEnded();
        verify(issueRecognition, never()).execute(any(DelegateExecution.class));
    }

    @Test
    void theTaskShowsTheDeployedVietnameseForm() throws Exception {
        ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);

        try (InputStream form = engine.getFormService().getDeployedTaskForm(recognitionTask(instance).getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"decisionNumber\"", "\"decisionDate\"", "\"signer\"", "Số quyết định",
                    "\"required\": true");
        }
    }

    @Test
    void theWindowOfAnotherYearsCycleClosesInThatYear() {
        ProcessInstance instance = driver.start("learning-society.recognise", new CycleKey(LearningModel.FAMILY, 2027, COMMUNE));

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2027-12-10T23:59:59+07:00")
                .toInstant()));
    }

    @Test
    void aPlainDateTypedInModelerStillClosesTheWindow() {
        BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/bpmn/recognise.bpmn"));
        TimerEventDefinition timer = model.getModelElementsByType(TimerEventDefinition.class).iterator().next();
        timer.getTimeDate().setTextContent("2026-12-20T17:00:00+07:00");
        String deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("recognise.bpmn", model).deploy().getId();
        try {
            ProcessInstance instance = driver.start("learning-society.recognise", CYCLE);

            at("2026-12-20T17:00:01+07:00");
            driver.runJob(instance, "recognitionWindowCloses");

            assertThat(instance).hasPassed("recognitionWindowMissed").isEnded();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }
}
