package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.cycle.CycleAutoConfiguration;
import org.learningsociety.workflow.cycle.CycleTaskListener;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.Resource;

class CycleDeploymentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CycleDeploymentAutoConfiguration.class,
                    CycleAutoConfiguration.class, EngineAutoConfiguration.class))
            // as Camunda's starter always provides them, and its deployment configurations need them
            .withBean(CamundaBpmProperties.class, CamundaBpmProperties::new);

    @Test
    void deploysTheCycleFormsWithTheProcessesAndTables() {
        Set<Resource> resources = CycleDeploymentConfiguration.cycleResources();

        assertThat(resources).extracting(Resource::getFilename).contains("annual-cycle.bpmn", "verify.bpmn",
                "commendation-eligibility.dmn", "recognition-decision.form", "close-early.form");
    }

    @Test
    void replacesTheStartersDeploymentConfiguration() {
        runner.run(context -> assertThat(context).getBean(CamundaDeploymentConfiguration.class)
                .isInstanceOf(CycleDeploymentConfiguration.class));
    }

    @Test
    void stepsAsideForThePortalsOwnDeploymentConfiguration() {
        runner.withBean(CamundaDeploymentConfiguration.class, DefaultDeploymentConfiguration::new)
                .run(context -> assertThat(context).getBean(CamundaDeploymentConfiguration.class)
                        .isNotInstanceOf(CycleDeploymentConfiguration.class));
    }

    @Test
    void staysOutWithoutAnEngine() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CycleTimeline.class)
                .doesNotHaveBean(CycleTaskListener.class));
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("learning-society.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CycleDeploymentConfiguration.class));
    }
}
