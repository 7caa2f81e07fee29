package org.learningsociety.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * When two officers complete the same task at once (Tasklist's "Hoàn thành", the engine REST API's
 * {@code /task/{id}/complete} or {@code /submit-form}, {@code TaskService.complete}), the engine lets
 * one through and refuses the other with an {@link OptimisticLockingException} (both read the task)
 * or "Cannot find task with id …" (the other had already finished): English, and about the engine's
 * insides. This plugin puts an interceptor around those two commands, outside their transaction, that
 * turns either refusal into a {@link TaskAlreadyCompletedException} saying in Vietnamese what happened.
 * Nothing else changes: the winner's completion stands, the loser's wrote nothing.
 */
public class TaskCompletionConflicts extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Translating());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Whether {@code command} completes a user task. */
    static boolean completesATask(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    static final class Translating extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (TaskAlreadyCompletedException e) {
                throw e;
            } catch (OptimisticLockingException e) {
                if (completesATask(command)) {
                    throw new TaskAlreadyCompletedException(e);
                }
                throw e;
            } catch (ProcessEngineException e) {
                if (completesATask(command) && e.getMessage() != null
                        && e.getMessage().contains("Cannot find task with id")) {
                    throw new TaskAlreadyCompletedException(e);
                }
                throw e;
            }
        }
    }
}
