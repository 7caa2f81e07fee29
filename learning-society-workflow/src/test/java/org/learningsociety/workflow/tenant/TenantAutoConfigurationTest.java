package org.learningsociety.workflow.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Provinces are tenants unless the host says otherwise: the starter's provider, plugin, starts and move on
 * start by default; none of them with {@code learning-society.tenants.enabled=false}; a host's own
 * {@link TenantIdProvider} bean instead of the library's.
 */
class TenantAutoConfigurationTest {

    private static ProcessEngine engine;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class))
            .withBean(ProcessEngine.class, () -> engine)
            .withBean(UnitDirectory.class, () -> mock(UnitDirectory.class))
            .withBean(AdministrativeUnits.class, () -> mock(AdministrativeUnits.class))
            .withBean(LearningSocietyAutoConfiguration.CLOCK, Clock.class, Clock::systemUTC);

    @BeforeAll
    static void engine() {
        engine = new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:tenant-config-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false).setProcessEngineName("tenant-config-" + UUID.randomUUID())
                .buildProcessEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void makesProvincesTenantsByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(ProvinceTenantIdProvider.class)
                .hasSingleBean(ProvinceTenantsPlugin.class).hasSingleBean(Provinces.class)
                .hasSingleBean(TenantProcessStarts.class).hasSingleBean(TenantInstanceMigration.class)
                .hasBean("learningSocietyTenantInstancesOnStart"));
    }

    @Test
    void leavesTenantsAloneWhenSwitchedOff() {
        runner.withPropertyValues("learning-society.tenants.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(TenantIdProvider.class)
                        .doesNotHaveBean(ProvinceTenantsPlugin.class).doesNotHaveBean(TenantProcessStarts.class)
                        .doesNotHaveBean(TenantInstanceMigration.class));
    }

    @Test
    void doesNotMoveInstancesOnStartWhenTheHostSaysSo() {
        runner.withPropertyValues("learning-society.tenants.update-on-start=false")
                .run(context -> assertThat(context).hasSingleBean(TenantInstanceMigration.class)
                        .doesNotHaveBean("learningSocietyTenantInstancesOnStart"));
    }

    @Test
    void installsTheHostsOwnTenantIdProviderInsteadOfTheLibrarys() {
        TenantIdProvider hosts = new ProvinceTenantIdProvider(code -> "host");
        runner.withBean("hostsTenants", TenantIdProvider.class, () -> hosts)
                .run(context -> {
                    assertThat(context).getBean(TenantIdProvider.class).isSameAs(hosts);
                    assertThat(context).hasSingleBean(ProvinceTenantsPlugin.class);
                });
    }
}
