package org.learningsociety.workflow.history;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * With Camunda's engine, the starter's defaults for the engine's history ({@link HistoryDefaults}, an engine
 * plugin): level {@code audit} on a new database, removal-time-based cleanup between 01:00 and 05:00 Vietnam
 * time. A host's {@code camunda.bpm.history-level}, {@code camunda.bpm.generic-properties.properties.history*}
 * or own engine plugin wins; a host's own {@link HistoryDefaults} bean replaces this one.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnBean(ProcessEngine.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
public class HistoryAutoConfiguration {

    /** Static: an engine plugin is wanted while the engine's configuration is built, before this class is. */
    @Bean
    @ConditionalOnMissingBean
    public static HistoryDefaults learningSocietyHistoryDefaults(Environment environment) {
        return HistoryDefaults.of(environment);
    }
}
