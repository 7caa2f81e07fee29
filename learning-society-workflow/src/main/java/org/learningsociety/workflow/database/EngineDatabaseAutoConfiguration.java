package org.learningsociety.workflow.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With Camunda's engine, checks on start that the library's DataSource is the engine's
 * ({@link EngineDatabaseCheck}, an engine plugin), unless
 * {@code learning-society.datasource.separate-from-engine=true}.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(LearningSocietyProperties.class)
public class EngineDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EngineDatabaseCheck learningSocietyEngineDatabaseCheck(ObjectProvider<LearningSocietyDatabase> library,
            LearningSocietyProperties properties) {
        return new EngineDatabaseCheck(library, properties.getDatasource().isSeparateFromEngine());
    }
}
