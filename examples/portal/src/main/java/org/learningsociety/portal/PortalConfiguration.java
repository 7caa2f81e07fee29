package org.learningsociety.portal;

import java.time.Clock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.registration.YearlyRecordService;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.api.CampaignLauncher;
import org.learningsociety.workflow.api.UnitAccess;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's beans on top of the starter's. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    DomainEventLog domainEventLog() {
        return new DomainEventLog();
    }

    @Bean
    Dashboard dashboard(AttainmentService attainment, UnitDirectory units, UnitAccess access,
            @Qualifier("learningSocietyClock") Clock clock) {
        return new Dashboard(attainment, units, access, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "portal.demo-data", havingValue = "true", matchIfMissing = true)
    DemoData demoData(UnitDirectory units, SubjectCatalogue subjects, YearlyRecordService records,
            CriteriaSets criteriaSets, IdentityService identity, AuthorizationService authorizations,
            FilterService filters, TaskService tasks, CampaignLauncher campaigns,
            @Qualifier("learningSocietyClock") Clock clock) {
        return new DemoData(units, subjects, records, criteriaSets, identity, authorizations, filters, tasks,
                campaigns, clock);
    }
}
