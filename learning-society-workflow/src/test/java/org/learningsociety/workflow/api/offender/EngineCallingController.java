package org.learningsociety.workflow.api.offender;

import org.camunda.bpm.engine.RuntimeService;

/** A controller that asks the engine itself, as the API's controllers must not. */
public final class EngineCallingController {

    private final RuntimeService runtime;

    public EngineCallingController(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public long running() {
        return runtime.createProcessInstanceQuery().count();
    }
}
