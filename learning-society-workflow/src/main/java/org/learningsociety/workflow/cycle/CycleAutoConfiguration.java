package org.learningsociety.workflow.cycle;

import java.time.Clock;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.campaign.BatchWork;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.TaskTitles;
import org.learningsociety.core.commendation.CommendationEligibility;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.commendation.ProposingCommendations;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.registration.ClosingWithoutSelfAssessment;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLocks;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The yearly cycle on a running engine: the DMN commendation rule and, when the core's services
 * are there, the beans the BPMN names ({@code cycleTaskListener}, {@code cycleDeadlines},
 * {@code prepareBatches}, {@code issueRecognition}, {@code proposeCommendations},
 * {@code decideCommendations}), the intake of self-assessments and the launcher of a commune's
 * cycle. Each steps aside for a portal's own.
 */
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, LearningSocietyAutoConfiguration.class})
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(LearningSocietyProperties.class)
public class CycleAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommendationEligibility.class)
    public DmnCommendationEligibility commendationEligibility(DecisionService decisions) {
        return new DmnCommendationEligibility(decisions);
    }

    /** The commendation rule as the deployed DMN table says it: the placeholder until a province's own. */
    @Bean
    @ConditionalOnMissingBean
    public CommendationRuleInForce commendationRuleInForce(org.camunda.bpm.engine.RepositoryService repository) {
        return new CommendationRuleInForce(repository);
    }

    /** The beans the BPMN calls; they need the core's application services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({CampaignBatches.class, TaskTitles.class, CommuneRecognition.class, ProposingCommendations.class,
            CommendationService.class, CycleDeadlines.class, SelfAssessing.class})
    static class CycleBeans {

        @Bean(CycleDeadlineExpressions.BEAN_NAME)
        @ConditionalOnMissingBean(name = CycleDeadlineExpressions.BEAN_NAME)
        public CycleDeadlineExpressions cycleDeadlines(CycleDeadlines deadlines, LearningSocietyProperties properties) {
            return new CycleDeadlineExpressions(deadlines, properties.getCycle().getTimeZone());
        }

        @Bean(RecognitionGroups.BEAN_NAME)
        @ConditionalOnMissingBean(name = RecognitionGroups.BEAN_NAME)
        public RecognitionGroups recognitionGroups(CommuneRecognition recognition) {
            return new RecognitionGroups(recognition);
        }

        @Bean
        @ConditionalOnMissingBean(name = "cycleTaskListener")
        public CycleTaskListener cycleTaskListener(TaskTitles titles, CampaignBatches batches,
                org.springframework.beans.factory.ObjectProvider<TaskWorkListener> work,
                org.springframework.beans.factory.ObjectProvider<ClosingWithoutSelfAssessment> closing,
                CommuneRecognition recognition) {
            return new CycleTaskListener(titles, batches, work.getIfAvailable(), closing.getIfAvailable(), recognition);
        }

        @Bean
        @ConditionalOnMissingBean(name = "taskWorkListener")
        @ConditionalOnBean(BatchWork.class)
        public TaskWorkListener taskWorkListener(BatchWork work,
                @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock, LearningSocietyProperties properties) {
            return new TaskWorkListener(work, clock, properties.getCycle().getTimeZone(),
                    properties.getTasklist().getVillagePageUrl(), properties.getTasklist().getRecognitionAnnexUrl());
        }

        @Bean
        @ConditionalOnMissingBean(name = "prepareBatches")
        public PrepareBatchesDelegate prepareBatches(CampaignBatches batches) {
            return new PrepareBatchesDelegate(batches);
        }

        @Bean
        @ConditionalOnMissingBean(name = "issueRecognition")
        public IssueRecognitionDelegate issueRecognition(CommuneRecognition recognition) {
            return new IssueRecognitionDelegate(recognition);
        }

        @Bean
        @ConditionalOnMissingBean(name = "proposeCommendations")
        public ProposeCommendationsDelegate proposeCommendations(ProposingCommendations proposing,
                CampaignBatches batches, CommendationEligibility eligibility) {
            return new ProposeCommendationsDelegate(proposing, batches, eligibility);
        }

        @Bean
        @ConditionalOnMissingBean(name = "decideCommendations")
        public DecideCommendationsDelegate decideCommendations(CommendationService commendations) {
            return new DecideCommendationsDelegate(commendations);
        }

        @Bean
        @ConditionalOnMissingBean
        public SelfAssessmentIntake selfAssessmentIntake(HistoryService history, SelfAssessing selfAssessing) {
            return new SelfAssessmentIntake(history, selfAssessing);
        }

        /** Where a commune's cycle stands in the engine; the REST API's campaigns read it. */
        @Bean
        @ConditionalOnMissingBean
        public CampaignProgress learningSocietyCampaignProgress(HistoryService history,
                org.camunda.bpm.engine.TaskService tasks) {
            return new CampaignProgress(history, tasks);
        }

        /** A village's open batch task, completed from a portal's page (the example portal's village page). */
        @Bean
        @ConditionalOnMissingBean
        public VillageTasks learningSocietyVillageTasks(org.camunda.bpm.engine.TaskService tasks,
                org.camunda.bpm.engine.IdentityService identity) {
            return new VillageTasks(tasks, identity);
        }

        /** Starts a commune's {@code annual-cycle}; the REST API's campaigns call it. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean({Transactions.class, UnitLocks.class})
        public CampaignLauncher learningSocietyCampaignLauncher(RuntimeService runtime, UnitDirectory units,
                PlanDirectory plans, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock, Transactions transactions,
                UnitLocks locks, CycleDeadlines deadlines,
                org.springframework.beans.factory.ObjectProvider<CycleStartCheck> checks,
                org.springframework.beans.factory.ObjectProvider<org.learningsociety.workflow.tenant.TenantProcessStarts> starts) {
            return new CampaignLauncher(runtime, units, plans, clock, transactions, locks, deadlines,
                    checks.orderedStream().toList(), starts.getIfAvailable());
        }
    }
}
