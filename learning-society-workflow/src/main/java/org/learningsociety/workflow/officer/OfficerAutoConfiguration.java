package org.learningsociety.workflow.officer;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.tenant.Provinces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * {@link OfficerProvisioning} on a running engine with the library's units, and the upgrade of the groups
 * earlier versions wrote ({@link LegacyGroupsUpgrade}, run on start unless
 * {@code learning-society.officers.upgrade-legacy-groups=false}); each steps aside for a portal's own.
 */
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, LearningSocietyAutoConfiguration.class})
@ConditionalOnBean({ProcessEngine.class, UnitDirectory.class, AdministrativeUnits.class, Transactions.class})
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
public class OfficerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public OfficerProvisioning learningSocietyOfficerProvisioning(ProcessEngine engine, UnitDirectory units,
            AdministrativeUnits unitRecords, Transactions transactions,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock, ObjectProvider<TenantMemberships> tenants) {
        return new OfficerProvisioning(engine.getIdentityService(), engine.getAuthorizationService(),
                engine.getFilterService(), engine.getTaskService(), units, unitRecords, transactions, clock,
                tenants.getIfAvailable());
    }

    /** Officers' membership of their province's tenant, unless provinces are not tenants. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "learning-society.tenants", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    public TenantMemberships learningSocietyTenantMemberships(ProcessEngine engine, UnitDirectory units,
            AdministrativeUnits unitRecords, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock,
            ObjectProvider<Provinces> provinces) {
        return new TenantMemberships(engine.getIdentityService(),
                provinces.getIfAvailable(() -> new Provinces(units, unitRecords, clock)));
    }

    /**
     * Once the application is ready (the units loaded), the officers the identity service holds already are made
     * members of their province's tenant (idempotent); off with {@code learning-society.tenants.update-on-start=false}.
     */
    @Bean
    @ConditionalOnBean(TenantMemberships.class)
    @ConditionalOnProperty(prefix = "learning-society.tenants", name = "update-on-start", havingValue = "true",
            matchIfMissing = true)
    public ApplicationListener<ApplicationReadyEvent> learningSocietyTenantMembershipsOnStart(
            TenantMemberships memberships, ProcessEngine engine) {
        return ready -> {
            var identity = engine.getIdentityService();
            var current = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                memberships.bringUpToDate();
            } finally {
                if (current != null) {
                    identity.setAuthentication(current);
                }
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    public LegacyGroupsUpgrade learningSocietyLegacyGroupsUpgrade(ProcessEngine engine, Transactions transactions) {
        return new LegacyGroupsUpgrade(engine.getIdentityService(), engine.getAuthorizationService(),
                engine.getTaskService(), engine.getFilterService(), engine.getRuntimeService(), transactions);
    }

    /**
     * The tasks that cycles running on an earlier version's definitions create later go to the new groups
     * (an engine plugin, so a static bean: the engine is built with it); off with the upgrade.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "learning-society.officers", name = "upgrade-legacy-groups", havingValue = "true",
            matchIfMissing = true)
    public static LegacyCandidateGroups learningSocietyLegacyCandidateGroups() {
        return new LegacyCandidateGroups();
    }

    /** Upgrades the old-style groups once the engine and every bean are up; off with the property. */
    @Bean
    @ConditionalOnProperty(prefix = "learning-society.officers", name = "upgrade-legacy-groups", havingValue = "true",
            matchIfMissing = true)
    public SmartInitializingSingleton learningSocietyLegacyGroupsUpgradeOnStart(LegacyGroupsUpgrade upgrade) {
        return upgrade::upgrade;
    }
}
