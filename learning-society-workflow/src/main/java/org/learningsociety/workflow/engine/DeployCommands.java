package org.learningsociety.workflow.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/** What the starter's deployment interceptors share: reading the deployment a command is about to make. */
final class DeployCommands {

    private DeployCommands() {
    }

    /**
     * The deployment {@code command} is about to make, when it deploys: {@link DeployCmd} keeps its builder in a
     * protected field with no getter (the engine's REST API, Modeler, a process application and Spring's
     * auto-deployment all end in this command).
     */
    static DeploymentBuilderImpl builderOf(Command<?> command) {
        if (!(command instanceof DeployCmd)) {
            return null;
        }
        try {
            Field builder = DeployCmd.class.getDeclaredField("deploymentBuilder");
            builder.setAccessible(true);
            return (DeploymentBuilderImpl) builder.get(command);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Puts {@code interceptor} in front of every command of {@code configuration}, outside its transaction. */
    static void addInFront(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(interceptor);
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}
