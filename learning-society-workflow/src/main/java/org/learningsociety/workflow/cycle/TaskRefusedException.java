package org.learningsociety.workflow.cycle;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown from a complete listener to refuse completing a task: the task stays open and the
 * officer reads the Vietnamese message in Tasklist.
 */
public class TaskRefusedException extends ProcessEngineException {

    public TaskRefusedException(String message) {
        super(message);
    }
}
