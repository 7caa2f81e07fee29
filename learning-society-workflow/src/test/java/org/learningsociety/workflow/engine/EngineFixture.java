package org.learningsociety.workflow.engine;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** A fresh in-memory engine with the starter's engine plugins given, as Camunda's starter would register them. */
final class EngineFixture {

    private EngineFixture() {
    }

    static ProcessEngine engine(ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                new StandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:deployments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                        .setJobExecutorActivate(false)
                        .setHistory("full")
                        .setProcessEngineName("deployments-" + UUID.randomUUID());
        configuration.getProcessEnginePlugins().addAll(List.of(plugins));
        return configuration.buildProcessEngine();
    }
}
