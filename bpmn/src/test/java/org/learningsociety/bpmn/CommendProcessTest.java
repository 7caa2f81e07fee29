package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.learningsociety.bpmn.CycleTestSupport.COMMUNE;
import static org.learningsociety.bpmn.CycleTestSupport.CYCLE;
import static org.learningsociety.bpmn.CycleTestSupport.PROVINCE;
import static org.learningsociety.bpmn.CycleTestSupport.decision;
import static org.learningsociety.test.cycle.EngineClock.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

@Deployment(resources = "bpmn/commend.bpmn")
class CommendProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    CycleDriver driver;
    JavaDelegate decideCommendations;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        driver = new CycleDriver(engine);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        at("2026-12-01T08:00:00+07:00");
        decideCommendations = mock(JavaDelegate.class);
        Mocks.register("decideCommendations", decideCommendations);
        Mocks.register("cycleTaskListener", mock(TaskListener.class));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void endsWhenNoOneIsEligible() throws Exception {
        Mocks.register("proposeCommendations", (JavaDelegate) execution -> {
            execution.setVariable("proposalCount", 0);
            execution.setVariable("proposedForms", List.of());
        });
        ProcessInstance instance = driver.start("learning-society.commend", CYCLE);
        driver.runJob(instance, "proposeCommendations");

        assertThat(instance).hasPassed("nothingToCommend").isEnded();
        verify(decideCommendations, never()).execute(any(DelegateExecution.class));
    }

    @Test
    void eachFormIsApprovedByItsLevelThenDecided() throws Exception {
        Mocks.register("proposeCommendations", (JavaDelegate) execution -> {
            execution.setVariable("proposalCount", 5);
            execution.setVariable("proposedForms", List.of("GIAY_KHEN", "BANG_KHEN_PROVINCE"));
            execution.setVariable("approverGroups", new java.util.HashMap<>(Map.of(
                    "GIAY_KHEN", "ubnd" + COMMUNE, "BANG_KHEN_PROVINCE", "thidua" + PROVINCE)));
        });
        ProcessInstance instance = driver.start("learning-society.commend", CYCLE);
        driver.runJob(instance, "proposeCommendations");

        Task byCommune = engine.getTaskService().createTaskQuery().taskCandidateGroup("ubnd" + COMMUNE).singleResult();
        assertThat(byCommune.getTaskDefinitionKey()).isEqualTo("approveCommendations");
        engine.getTaskService().complete(byCommune.getId(), withApproval());
        driver.runJob(instance, "decideCommendations");

        Task byProvince = engine.getTaskService().createTaskQuery().taskCandidateGroup("thidua" + PROVINCE)
                .singleResult();
        assertThat(byProvince).isNotNull();
        engine.getTaskService().complete(byProvince.getId(), withApproval());
        driver.runJob(instance, "decideCommendations");

        verify(decideCommendations, times(2)).execute(any(DelegateExecution.class));
        assertThat(instance).hasPassed("approveCommendations", "commended").isEnded();
    }

    private static Map<String, Object> withApproval() {
        Map<String, Object> variables = new java.util.HashMap<>(decision());
        variables.put("approved", true);
        return variables;
    }
}
