package org.learningsociety.workflow;

import java.time.Clock;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.campaign.CampaignService;
import org.learningsociety.core.campaign.CommendationEligibility;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.YearlyRecordService;
import org.learningsociety.core.unit.UnitDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cycle's beans on a running engine: the timeline, the deployment guard, the migration helper,
 * the DMN commendation rule and, when the core's services are there, the beans the BPMN names
 * ({@code cycleTaskListener}, {@code cycleDeadlines}, {@code prepareBatches}, {@code issueRecognition},
 * {@code proposeCommendations}, {@code decideCommendations}). Each steps aside for a portal's own.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(LearningSocietyProperties.class)
public class WorkflowAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CycleTimeline cycleTimeline(RepositoryService repository,
            ObjectProvider<CycleDeadlineExpressions> deadlines) {
        return new CycleTimeline(repository, deadlines.getIfAvailable());
    }

    /** Two officers completing one task: the loser reads a Vietnamese message (an engine plugin). */
    @Bean
    @ConditionalOnMissingBean
    public static TaskCompletionConflicts taskCompletionConflicts() {
        return new TaskCompletionConflicts();
    }

    @Bean
    @ConditionalOnMissingBean
    public DeploymentGuard deploymentGuard() {
        return new DeploymentGuard();
    }

    @Bean
    @ConditionalOnMissingBean
    public CycleMigration cycleMigration(RepositoryService repository, RuntimeService runtime) {
        return new CycleMigration(repository, runtime);
    }

    @Bean
    @ConditionalOnMissingBean(CommendationEligibility.class)
    public DmnCommendationEligibility commendationEligibility(DecisionService decisions) {
        return new DmnCommendationEligibility(decisions);
    }

    /** The beans the BPMN calls; they need the core's application services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({YearlyRecordService.class, CommendationService.class, UnitDirectory.class,
            Registrations.class, CriteriaSets.class, PlanDirectory.class})
    static class CycleBeans {

        @Bean
        @ConditionalOnMissingBean
        public CampaignService campaignService(UnitDirectory units, Registrations registrations,
                CriteriaSets criteriaSets, YearlyRecordService records, CommendationService commendations,
                @Qualifier("learningSocietyClock") ObjectProvider<Clock> clock) {
            // the library's own clock, as every core service takes it: a host may have clocks of its own
            return new CampaignService(units, registrations, criteriaSets, records, commendations,
                    clock.getIfAvailable(Clock::systemDefaultZone));
        }

        @Bean
        @ConditionalOnMissingBean
        public CycleDeadlines cycleDeadlinesOfPlans(UnitDirectory units, PlanDirectory plans,
                LearningSocietyProperties properties) {
            return new CycleDeadlines(units, plans, properties.getCycle().defaultDeadlines());
        }

        @Bean(CycleDeadlineExpressions.BEAN_NAME)
        @ConditionalOnMissingBean(name = CycleDeadlineExpressions.BEAN_NAME)
        public CycleDeadlineExpressions cycleDeadlines(CycleDeadlines deadlines, LearningSocietyProperties properties) {
            return new CycleDeadlineExpressions(deadlines, properties.getCycle().getTimeZone());
        }

        @Bean
        @ConditionalOnMissingBean(name = "cycleTaskListener")
        public CycleTaskListener cycleTaskListener(CampaignService campaign) {
            return new CycleTaskListener(campaign);
        }

        @Bean
        @ConditionalOnMissingBean(name = "prepareBatches")
        public PrepareBatchesDelegate prepareBatches(CampaignService campaign) {
            return new PrepareBatchesDelegate(campaign);
        }

        @Bean
        @ConditionalOnMissingBean(name = "issueRecognition")
        public IssueRecognitionDelegate issueRecognition(CampaignService campaign) {
            return new IssueRecognitionDelegate(campaign);
        }

        @Bean
        @ConditionalOnMissingBean(name = "proposeCommendations")
        public ProposeCommendationsDelegate proposeCommendations(CampaignService campaign,
                CommendationEligibility eligibility) {
            return new ProposeCommendationsDelegate(campaign, eligibility);
        }

        @Bean
        @ConditionalOnMissingBean(name = "decideCommendations")
        public DecideCommendationsDelegate decideCommendations(CampaignService campaign) {
            return new DecideCommendationsDelegate(campaign);
        }

        @Bean
        @ConditionalOnMissingBean
        public SelfAssessmentIntake selfAssessmentIntake(HistoryService history, YearlyRecordService records) {
            return new SelfAssessmentIntake(history, records);
        }
    }
}
