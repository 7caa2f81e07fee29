package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * The refusals {@link TaskCompletionConflicts} translates, one at a time, on a small engine of its own: a
 * completion that fails inside the engine (as a loser of a race did in CI, with a
 * {@code NullPointerException} while the winner committed) is the other officer's completion when the
 * task is gone afterwards, and the engine's own failure when the task is still open. Only the library's
 * processes are answered so: {@code xacNhan} plays one of them here, and a host's own process
 * ({@code nghiPhep}, a leave request) keeps the engine's exceptions.
 */
class TaskCompletionConflictsTest {

    private ProcessEngine engine;
    private TaskCompletionConflicts.Translating translating;

    @BeforeEach
    void start() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:conflicts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName("conflicts-" + UUID.randomUUID());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("xac-nhan.bpmn", Bpmn
                .createExecutableProcess("xacNhan").camundaHistoryTimeToLive(1)
                .startEvent().userTask("xacNhanDot").endEvent().done()).deploy();
        engine.getRepositoryService().createDeployment().addModelInstance("nghi-phep.bpmn", Bpmn
                .createExecutableProcess("nghiPhep").camundaHistoryTimeToLive(1)
                .startEvent().userTask("duyetNghiPhep").endEvent().done()).deploy();
        translating = new TaskCompletionConflicts.Translating(configuration, Set.of("xacNhan"));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aFailureInsideTheEngineWhileTheTaskWasCompletedByAnotherIsRefusedInVietnamese() {
        Task task = openTask();
        engine.getTaskService().complete(task.getId()); // the other officer's completion, committed
        translating.setNext(failing(new NullPointerException("getProcessInstance() is null")));

        assertThatThrownBy(() -> translating.execute(new CompleteTaskCmd(task.getId(), null)))
                .isInstanceOf(TaskAlreadyCompletedException.class)
                .hasMessage(TaskAlreadyCompletedException.MESSAGE)
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void aFailureThatLeavesTheTaskOpenIsTheEnginesOwnAndPassesUnchanged() {
        Task task = openTask();
        NullPointerException failure = new NullPointerException("a bug, not a race");
        translating.setNext(failing(failure));

        assertThatThrownBy(() -> translating.execute(new CompleteTaskCmd(task.getId(), null))).isSameAs(failure);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void theHostsOwnProcessKeepsTheEnginesExceptionsWhenItsTaskWasCompletedByAnother() {
        engine.getRuntimeService().startProcessInstanceByKey("nghiPhep");
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey("nghiPhep").singleResult();
        engine.getTaskService().complete(task.getId()); // completed by the host's other user
        OptimisticLockingException conflict = new OptimisticLockingException("the engine's own words");
        translating.setNext(failing(conflict));

        assertThatThrownBy(() -> translating.execute(new CompleteTaskCmd(task.getId(), null))).isSameAs(conflict);
        NullPointerException failure = new NullPointerException("getProcessInstance() is null");
        translating.setNext(failing(failure));
        assertThatThrownBy(() -> translating.execute(new CompleteTaskCmd(task.getId(), null))).isSameAs(failure);
    }

    @Test
    void aConflictOnTheLibrarysOwnTaskIsRefusedInVietnamese() {
        Task task = openTask();
        translating.setNext(failing(new OptimisticLockingException("the engine's own words")));

        assertThatThrownBy(() -> translating.execute(new CompleteTaskCmd(task.getId(), null)))
                .isInstanceOf(TaskAlreadyCompletedException.class).hasMessage(TaskAlreadyCompletedException.MESSAGE);
    }

    @Test
    void theLibrarysProcessKeysAreTheShippedOnes() {
        assertThat(LibraryResources.load().processKeys())
                .contains(LibraryKeys.ANNUAL_CYCLE, LibraryKeys.REGISTER, LibraryKeys.VERIFY, LibraryKeys.YEARLY_REPORT,
                        LibraryKeys.REVIEW_2025)
                .doesNotContain("register", "verify")
                .doesNotContain("nghiPhep", "xacNhan");
    }

    @Test
    void aFailureOfAnotherCommandPassesUnchangedEvenWhenNoTaskIsOpen() {
        IllegalStateException failure = new IllegalStateException("không phải hoàn thành công việc");
        translating.setNext(failing(failure));

        assertThatThrownBy(() -> translating.execute(commandContext -> null)).isSameAs(failure);
    }

    private Task openTask() {
        engine.getRuntimeService().startProcessInstanceByKey("xacNhan");
        return engine.getTaskService().createTaskQuery().processDefinitionKey("xacNhan").singleResult();
    }

    /** The rest of the chain, failing as the engine did. */
    private static CommandInterceptor failing(RuntimeException failure) {
        return new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                throw failure;
            }
        };
    }
}
