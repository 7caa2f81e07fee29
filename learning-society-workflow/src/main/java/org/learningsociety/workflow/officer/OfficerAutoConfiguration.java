package org.learningsociety.workflow.officer;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new OfficerProvisioning(engine.getIdentityService(), engine.getAuthorizationService(),
                engine.getFilterService(), engine.getTaskService(), units, unitRecords, transactions, clock);
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
