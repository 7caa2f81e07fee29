package org.learningsociety.workflow.tenant;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Provinces as Camunda tenants ({@code learning-society.tenants.enabled}, on by default): the tenant id
 * provider and its engine plugin, the province of a unit, the starts on a province's own definition, and, once the
 * application is ready, the move of the running instances started without tenant ({@code learning-society.tenants.update-on-start}). Each steps aside for a
 * portal's own bean; a {@link TenantIdProvider} the engine configuration holds already is kept.
 */
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, LearningSocietyAutoConfiguration.class})
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.tenants", name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class TenantAutoConfiguration {

    /** The library's tenant id provider; a host's own {@link TenantIdProvider} bean replaces it. */
    @Bean
    @ConditionalOnMissingBean(TenantIdProvider.class)
    public static ProvinceTenantIdProvider learningSocietyTenantIdProvider(ObjectProvider<Provinces> provinces) {
        return new ProvinceTenantIdProvider(() -> provinces.getObject());
    }

    /** Installs the tenant id provider and the call activities' own-else-shared rule (an engine plugin). */
    @Bean
    @ConditionalOnMissingBean
    public static ProvinceTenantsPlugin learningSocietyProvinceTenantsPlugin(ObjectProvider<TenantIdProvider> provider) {
        return new ProvinceTenantsPlugin(provider.getObject());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({UnitDirectory.class, AdministrativeUnits.class})
    public Provinces learningSocietyProvinces(UnitDirectory units, AdministrativeUnits records,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new Provinces(units, records, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Provinces.class)
    public TenantProcessStarts learningSocietyTenantProcessStarts(ProcessEngine engine, Provinces provinces) {
        return new TenantProcessStarts(engine.getRuntimeService(), engine.getRepositoryService(), provinces);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Provinces.class)
    public TenantInstanceMigration learningSocietyTenantInstanceMigration(ProcessEngine engine, Provinces provinces) {
        return new TenantInstanceMigration(
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), provinces);
    }

    /** Once the application is ready (the units loaded): running instances without tenant moved to their province's. */
    @Bean
    @ConditionalOnBean(TenantInstanceMigration.class)
    @ConditionalOnProperty(prefix = "learning-society.tenants", name = "update-on-start", havingValue = "true",
            matchIfMissing = true)
    public ApplicationListener<ApplicationReadyEvent> learningSocietyTenantInstancesOnStart(
            TenantInstanceMigration migration) {
        return ready -> migration.migrate();
    }
}
