package org.learningsociety.workflow.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_MOCKS;
import static org.mockito.Mockito.mock;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.evidence.EvidenceAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The provisioning service comes with an engine and the library's units, and steps aside for a portal's own. */
class OfficerAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    LearningSocietyAutoConfiguration.class, EvidenceAutoConfiguration.class,
                    OfficerAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:officers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "learning-society.reference-data.load-plans-and-criteria=false")
            .withBean(ProcessEngine.class, () -> mock(ProcessEngine.class, RETURNS_MOCKS));

    @Test
    void providesTheProvisioningWhereAnEngineRuns() {
        runner.run(context -> assertThat(context).hasSingleBean(OfficerProvisioning.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OfficerAutoConfiguration.class))
                .run(context -> assertThat(context).as("no engine").doesNotHaveBean(OfficerProvisioning.class));
    }

    @Test
    void stepsAsideForAPortalsOwnProvisioning() {
        OfficerProvisioning own = mock(OfficerProvisioning.class);
        runner.withBean("portalsOwn", OfficerProvisioning.class, () -> own)
                .run(context -> assertThat(context.getBean(OfficerProvisioning.class)).isSameAs(own));
    }

    @Test
    void providesNothingWhenTheLibraryIsSwitchedOff() {
        runner.withPropertyValues("learning-society.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OfficerProvisioning.class));
    }
}
