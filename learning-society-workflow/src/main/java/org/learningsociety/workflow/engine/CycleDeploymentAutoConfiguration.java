package org.learningsociety.workflow.engine;

import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Makes the engine deploy the cycle's BPMN, DMN and forms on start. Runs before Camunda's own
 * auto-configuration so that its default deployment configuration steps aside; a portal that
 * declares its own {@link CamundaDeploymentConfiguration} keeps it.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CycleDeploymentAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CamundaDeploymentConfiguration.class)
    public CycleDeploymentConfiguration cycleDeploymentConfiguration() {
        return new CycleDeploymentConfiguration();
    }
}
