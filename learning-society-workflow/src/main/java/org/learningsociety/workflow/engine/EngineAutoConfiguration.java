package org.learningsociety.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.workflow.cycle.CycleDeadlineExpressions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's administration on a running engine: the timeline of the deployed timers, the check of
 * their plain dates when a cycle starts, the migration of running cycles, and the
 * Vietnamese answers to two officers completing one task (an engine plugin, and the REST API's 409).
 * Each steps aside for a portal's own.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EngineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CycleTimeline cycleTimeline(RepositoryService repository,
            ObjectProvider<CycleDeadlineExpressions> deadlines) {
        return new CycleTimeline(repository, deadlines.getIfAvailable());
    }

    /** Two officers completing one task: the loser reads a Vietnamese message (an engine plugin). */
    @Bean
    @ConditionalOnMissingBean
    public static TaskCompletionConflicts taskCompletionConflicts(ObjectProvider<LibraryResources> resources) {
        return new TaskCompletionConflicts(resources.getIfAvailable(LibraryResources::load).processKeys());
    }

    /** A cycle is not started while a deployed timer holds a plain date of another year. */
    @Bean
    @ConditionalOnMissingBean
    public PlainTimerDates learningSocietyPlainTimerDates(RepositoryService repository) {
        return new PlainTimerDates(repository);
    }

    @Bean
    @ConditionalOnMissingBean
    public CycleMigration cycleMigration(RepositoryService repository, RuntimeService runtime) {
        return new CycleMigration(repository, runtime);
    }

    /** The engine's optimistic locking met by a call of the REST API: a Vietnamese 409. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "learning-society.api", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class EngineProblemsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        public EngineConflictProblems learningSocietyEngineConflictProblems() {
            return new EngineConflictProblems();
        }
    }
}
