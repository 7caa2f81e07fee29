package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

class CycleMigrationTest {

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-10-01T08:00:00+07:00").toInstant()));
        engine = CycleResources.engine(new java.util.HashMap<>(Map.of(
                "prepareBatches", (JavaDelegate) execution -> execution.setVariable("batches",
                        List.of("1191101", "1191102")),
                "cycleTaskListener", (TaskListener) task -> { })));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        ClockUtil.reset();
    }

    private ProcessInstance runningVerification() {
        engine.getRepositoryService().createDeployment().addString("verify.bpmn", CycleResources.typed("verify"))
                .deploy();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(LibraryKeys.VERIFY, "FAMILY:2026:11911",
                Variables.createVariables().putValue("model", "FAMILY").putValue("year", 2026)
                        .putValue("unitCode", "11911"));
        Job prepare = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .singleResult();
        engine.getManagementService().executeJob(prepare.getId());
        return instance;
    }

    @Test
    void movesRunningCyclesToTheNewVersionWithTheEditedDeadline() {
        ProcessInstance instance = runningVerification();
        engine.getRepositoryService().createDeployment().addString("verify.bpmn",
                CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-11-15T23:59:59+07:00"))
                .deploy();

        List<CycleMigration.Migrated> migrated = new CycleMigration(engine.getRepositoryService(),
                engine.getRuntimeService()).migrateToLatest(LibraryKeys.VERIFY);

        assertThat(migrated).containsExactly(new CycleMigration.Migrated(LibraryKeys.VERIFY, 1, 2, 1));
        ProcessInstance moved = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(engine.getRepositoryService().getProcessDefinition(moved.getProcessDefinitionId()).getVersion())
                .isEqualTo(2);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("verifyBatch").count()).isEqualTo(2);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-15T23:59:59+07:00").toInstant());
    }

    @Test
    void leavesInstancesAloneWhenNothingNewIsDeployed() {
        runningVerification();

        assertThat(new CycleMigration(engine.getRepositoryService(), engine.getRuntimeService())
                .migrateToLatest(LibraryKeys.VERIFY)).isEmpty();
    }
}
