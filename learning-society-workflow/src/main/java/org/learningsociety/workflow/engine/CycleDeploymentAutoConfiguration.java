package org.learningsociety.workflow.engine;

import java.util.Set;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the library's BPMN, DMN and forms enter the engine, as engine plugins beside whatever the host
 * deploys: the {@link LibraryDeployment} (its own deployment, made when the engine is built, with or without
 * {@code @EnableProcessApplication}, holding back a file an administrator's edit stands in front of), the
 * {@link EngineDeploymentGuard} (every deployment of a cycle process checked, Modeler's included), and the
 * {@link LibraryFilesFilter}, which keeps the library's files out of every other deployment. Camunda's own
 * deployment configuration, and the host's, are left as they are.
 *
 * <p>With {@code learning-society.enabled=false} only the filter stays: the library deploys nothing, and
 * Camunda's {@code classpath*:**}{@code /*.bpmn} pattern does not deploy the library's files either.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
public class CycleDeploymentAutoConfiguration {

    /** The library's own files, read once from its jar. */
    @Bean
    @ConditionalOnMissingBean
    public static LibraryResources learningSocietyLibraryResources() {
        return LibraryResources.load();
    }

    /** Keeps the library's files out of every deployment but its own, whether the library is on or off. */
    @Bean
    @ConditionalOnMissingBean
    public static LibraryFilesFilter learningSocietyLibraryFilesFilter(LibraryResources resources) {
        return new LibraryFilesFilter(resources);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
    @EnableConfigurationProperties(LearningSocietyProperties.class)
    static class Deploying {

        @Bean
        @ConditionalOnMissingBean
        public static LibraryDeployment learningSocietyLibraryDeployment(LibraryResources resources,
                LearningSocietyProperties properties) {
            return new LibraryDeployment(resources, Set.copyOf(properties.getDeployment().getReplaceEdited()));
        }

        @Bean
        @ConditionalOnMissingBean
        public static DeploymentGuard deploymentGuard() {
            return new DeploymentGuard();
        }

        @Bean
        @ConditionalOnMissingBean
        public static EngineDeploymentGuard learningSocietyEngineDeploymentGuard(DeploymentGuard guard) {
            return new EngineDeploymentGuard(guard);
        }
    }
}
