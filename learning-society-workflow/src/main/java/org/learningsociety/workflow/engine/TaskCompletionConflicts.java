package org.learningsociety.workflow.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;

/**
 * When two officers complete the same task at once (Tasklist's "Hoàn thành", the engine REST API's
 * {@code /task/{id}/complete} or {@code /submit-form}, {@code TaskService.complete}), the engine lets
 * one through and refuses the other with an {@link OptimisticLockingException} (both read the task)
 * or "Cannot find task with id …" (the other had already finished): English, and about the engine's
 * insides. A loser that reads the process half-way through the winner's commit can also fail inside the
 * engine itself (seen in CI: a {@code NullPointerException} in {@code PvmExecutionImpl.getDelayedEvents}
 * as the ended sub-process looked for its parent). This plugin puts an interceptor around those two
 * commands, outside their transaction, that turns any of these refusals into a
 * {@link TaskAlreadyCompletedException} saying in Vietnamese what happened: the first two by their kind,
 * any other failure only when the task is, after it, gone (completed by the other officer). A failure
 * that leaves the task open is the engine's own and passes unchanged. Nothing else changes: the winner's
 * completion stands, the loser's transaction rolled back.
 *
 * <p>Only the tasks of the library's processes ({@code processKeys}) are answered so: a task of a host's own
 * process fails with the engine's own exception, unchanged, as it would without the library.
 */
public class TaskCompletionConflicts extends AbstractProcessEnginePlugin {

    private final Set<String> processKeys;

    /** @param processKeys the keys of the processes whose tasks' completion conflicts are answered in Vietnamese */
    public TaskCompletionConflicts(Set<String> processKeys) {
        this.processKeys = Set.copyOf(processKeys);
    }

    /** For the library's own processes, as {@link LibraryResources} finds them. */
    public TaskCompletionConflicts() {
        this(LibraryResources.load().processKeys());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Translating(configuration, processKeys));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Whether {@code command} completes a user task. */
    static boolean completesATask(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    /** The id of the task {@code command} completes: the commands keep it in a protected field, no getter. */
    static String taskIdOf(Command<?> command) {
        try {
            Field taskId = command.getClass().getDeclaredField("taskId");
            taskId.setAccessible(true);
            return (String) taskId.get(command);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static final class Translating extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;
        private final Set<String> processKeys;

        Translating(ProcessEngineConfigurationImpl configuration, Set<String> processKeys) {
            this.configuration = configuration;
            this.processKeys = processKeys;
        }

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (TaskAlreadyCompletedException e) {
                throw e;
            } catch (OptimisticLockingException e) {
                if (completesATask(command) && ofTheLibrary(command)) {
                    throw new TaskAlreadyCompletedException(e);
                }
                throw e;
            } catch (ProcessEngineException e) {
                if (completesATask(command) && ofTheLibrary(command) && (e.getMessage() != null
                        && e.getMessage().contains("Cannot find task with id") || completedMeanwhile(command))) {
                    throw new TaskAlreadyCompletedException(e);
                }
                throw e;
            } catch (RuntimeException e) {
                if (completesATask(command) && ofTheLibrary(command) && completedMeanwhile(command)) {
                    throw new TaskAlreadyCompletedException(e);
                }
                throw e;
            }
        }

        /**
         * Whether the task {@code command} tried to complete belongs to one of the library's processes: read from
         * the task while it is open, else from its history (it was completed meanwhile); a task found in neither
         * is not known to be the library's.
         */
        private boolean ofTheLibrary(Command<?> command) {
            String taskId = taskIdOf(command);
            if (taskId == null) {
                return false;
            }
            String definitionId;
            Task open = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (open != null) {
                definitionId = open.getProcessDefinitionId();
            } else {
                HistoricTaskInstance done = configuration.getHistoryService().createHistoricTaskInstanceQuery()
                        .taskId(taskId).singleResult();
                if (done != null && done.getProcessDefinitionKey() != null) {
                    return processKeys.contains(done.getProcessDefinitionKey());
                }
                definitionId = done == null ? null : done.getProcessDefinitionId();
            }
            return definitionId != null
                    && processKeys.contains(configuration.getRepositoryService().getProcessDefinition(definitionId).getKey());
        }

        /** Whether the task {@code command} tried to complete is gone now, in a command of its own. */
        private boolean completedMeanwhile(Command<?> command) {
            String taskId = taskIdOf(command);
            return taskId != null && configuration.getTaskService().createTaskQuery().taskId(taskId).count() == 0;
        }
    }
}
