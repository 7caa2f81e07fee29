package org.learningsociety.workflow.api.openapi;

import org.learningsociety.workflow.api.LearningSocietyApiAutoConfiguration;
import org.learningsociety.workflow.api.LearningSocietyProblems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The REST API's OpenAPI document, when the portal serves one with springdoc: every operation's problem
 * responses, every schema's example, summaries as plain text. Each bean steps aside for a portal's own.
 */
@AutoConfiguration(after = LearningSocietyApiAutoConfiguration.class)
@ConditionalOnClass(OpenApiCustomizer.class)
// the API's advice: there when the API is
@ConditionalOnBean(LearningSocietyProblems.class)
public class ApiDocumentAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemResponses learningSocietyProblemResponses() {
        return ProblemResponses.withStarterExamples();
    }

    @Bean
    @ConditionalOnMissingBean
    public SchemaExamples learningSocietySchemaExamples() {
        return SchemaExamples.withStarterExamples();
    }

    @Bean
    @ConditionalOnMissingBean
    public PlainSummaries learningSocietyPlainSummaries() {
        return new PlainSummaries();
    }
}
