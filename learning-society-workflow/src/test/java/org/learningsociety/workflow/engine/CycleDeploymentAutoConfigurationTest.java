package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.cycle.CycleAutoConfiguration;
import org.learningsociety.workflow.cycle.CycleTaskListener;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CycleDeploymentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CycleDeploymentAutoConfiguration.class,
                    CycleAutoConfiguration.class, EngineAutoConfiguration.class))
            // as Camunda's starter always provides them, and its deployment configurations need them
            .withBean(CamundaBpmProperties.class, CamundaBpmProperties::new);

    @Test
    void findsTheLibrarysOwnProcessesTablesAndForms() {
        assertThat(LibraryResources.load().entries()).extracting(LibraryResources.Entry::name).contains(
                "bpmn/annual-cycle.bpmn", "bpmn/verify.bpmn", "dmn/commendation-eligibility.dmn",
                "forms/recognition-decision.form", "forms/close-early.form");
        assertThat(LibraryResources.load().entries()).filteredOn(e -> e.name().equals("forms/close-early.form"))
                .singleElement().extracting(LibraryResources.Entry::keys).asString().contains(LibraryKeys.CLOSE_EARLY_FORM);
    }

    @Test
    void deploysThroughEnginePluginsAndLeavesCamundasDeploymentConfigurationAlone() {
        runner.run(context -> assertThat(context).hasSingleBean(LibraryDeployment.class)
                .hasSingleBean(EngineDeploymentGuard.class).hasSingleBean(LibraryFilesFilter.class)
                .doesNotHaveBean(CamundaDeploymentConfiguration.class));
    }

    @Test
    void stepsAsideForThePortalsOwnDeployment() {
        LibraryDeployment own = new LibraryDeployment(LibraryResources.load(), java.util.Set.of(LibraryKeys.VERIFY));
        runner.withBean("portalsDeployment", LibraryDeployment.class, () -> own)
                .run(context -> assertThat(context).getBean(LibraryDeployment.class).isSameAs(own));
    }

    @Test
    void staysOutWithoutAnEngine() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CycleTimeline.class)
                .doesNotHaveBean(CycleTaskListener.class));
    }

    @Test
    void switchedOffKeepsOnlyTheFilterThatKeepsTheLibrarysFilesOut() {
        runner.withPropertyValues("learning-society.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(LibraryDeployment.class)
                        .doesNotHaveBean(EngineDeploymentGuard.class).hasSingleBean(LibraryFilesFilter.class));
    }
}
