package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.bpmn.CycleTestSupport.COMMUNE;
import static org.learningsociety.bpmn.CycleTestSupport.CYCLE;
import static org.learningsociety.bpmn.CycleTestSupport.OTHER_COMMUNE;
import static org.learningsociety.bpmn.CycleTestSupport.VILLAGES;
import static org.learningsociety.test.cycle.EngineClock.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.test.cycle.CycleDriver;

/**
 * The behaviour shared by the three windows (register, self-assess, verify): one task per village
 * for the commune's association, closing early or at the timer, refusing an incomplete batch,
 * raising an incident when the core fails, and keeping other communes' officers out.
 */
abstract class WindowProcessTest {

    ProcessEngine engine;
    CycleDriver driver;
    TaskListener taskListener;

    /** Each test class has its own extension: one shared by the three would be closed after the first. */
    abstract ProcessEngineExtension extension();

    abstract String processKey();

    abstract String prefix();

    abstract String batchTask();

    abstract String closeEarlyTask();

    /** An instant after the window's timer. */
    abstract String afterDeadline();

    String window() {
        return prefix() + "Window";
    }

    @BeforeEach
    void setUp() {
        engine = extension().getProcessEngine();
        driver = new CycleDriver(engine);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        at("2026-01-05T08:00:00+07:00");
        taskListener = mock(TaskListener.class);
        Mocks.register("cycleDeadlines", new DefaultDeadlines());
        Mocks.register("cycleTaskListener", taskListener);
        Mocks.register("prepareBatches", (JavaDelegate) execution -> execution.setVariable("batches", VILLAGES));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setAuthorizationEnabled(false);
    }

    private ProcessInstance opened() {
        ProcessInstance instance = driver.start(processKey(), CYCLE);
        assertThat(instance).isWaitingAt("prepareBatches");
        driver.runJob(instance, "prepareBatches");
        return instance;
    }

    private List<Task> batchTasks(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(batchTask()).list();
    }

    @Test
    void opensOneTaskPerVillageForTheCommunesAssociation() {
        ProcessInstance instance = opened();

        assertThat(instance).isWaitingAt(batchTask(), closeEarlyTask());
        assertThat(batchTasks(instance)).hasSize(2);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("hoikhuyenhoc" + COMMUNE).count()).isEqualTo(3);
        verify(taskListener, times(3)).notify(any(DelegateTask.class));
    }

    @Test
    void closesAtTheTimer() {
        ProcessInstance instance = opened();

        at(afterDeadline());
        driver.runJob(instance, window() + "Closes");

        assertThat(instance).hasPassed(window() + "Closes", prefix() + "ClosedAtDeadline").isEnded();
        assertThat(instance).hasNotPassed(prefix() + "ClosedEarly");
    }

    @Test
    void theTimerIsNotDueBeforeTheDeadline() {
        ProcessInstance instance = opened();

        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().executable().count()).isZero();
    }

    @Test
    void closesWhenTheOfficerClosesEarly() {
        ProcessInstance instance = opened();

        Task close = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(closeEarlyTask()).singleResult();
        engine.getTaskService().complete(close.getId(),
                java.util.Map.of("closeReason", "Các thôn đã hoàn thành sớm"));

        assertThat(instance).hasPassed(closeEarlyTask(), prefix() + "ClosedEarly").isEnded();
        assertThat(instance).hasNotPassed(window() + "Closes");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    @Test
    void staysOpenUntilClosedWhenEveryVillageIsDone() {
        ProcessInstance instance = opened();

        batchTasks(instance).forEach(task -> engine.getTaskService().complete(task.getId()));

        assertThat(instance).hasPassed(prefix() + "BatchesDone").isWaitingAt(closeEarlyTask());
    }

    @Test
    void aBatchTheCoreRefusesStaysOpenWithTheMessage() {
        Mocks.register("cycleTaskListener", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                throw new ProcessEngineException("Chưa thể hoàn thành nhiệm vụ: còn 3 bản tự đánh giá chưa được thẩm định.");
            }
        });
        ProcessInstance instance = opened();
        Task first = batchTasks(instance).get(0);

        assertThatThrownBy(() -> engine.getTaskService().complete(first.getId()))
                .hasMessageContaining("còn 3 bản tự đánh giá");

        assertThat(batchTasks(instance)).extracting(Task::getId).contains(first.getId());
    }

    @Test
    void aFailingStepRaisesAnIncidentAfterThreeTries() {
        Mocks.register("prepareBatches", (JavaDelegate) execution -> {
            throw new IllegalStateException("Không có đơn vị hành chính mang mã 11911");
        });
        ProcessInstance instance = driver.start(processKey(), CYCLE);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> driver.runJob(instance, "prepareBatches"));
        }

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo("prepareBatches");
        assertThat(incident.getIncidentMessage()).contains("Không có đơn vị hành chính mang mã 11911");
    }

    @Test
    void anOfficerOfAnotherCommuneNeitherSeesNorCompletesTheTasks() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setAuthorizationEnabled(true);
        ProcessInstance instance = opened();
        Task batch = batchTasks(instance).get(0);

        try {
            engine.getIdentityService().setAuthentication("officer-b", List.of("hoikhuyenhoc" + OTHER_COMMUNE));
            assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
            assertThatThrownBy(() -> engine.getTaskService().complete(batch.getId()))
                    .isInstanceOf(AuthorizationException.class);

            engine.getIdentityService().setAuthentication("officer-a", List.of("hoikhuyenhoc" + COMMUNE));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count())
                    .isEqualTo(3);
            engine.getTaskService().complete(batch.getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(batchTasks(instance)).hasSize(1);
    }
}
