package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A host that is a Camunda process application ({@code @EnableProcessApplication}): Camunda's Spring Boot
 * starter then switches its own auto-deployment off and deploys the host's processes from its
 * {@code META-INF/processes.xml}. The library's deployment still happens, as its own, beside the host's.
 */
@SpringBootTest(classes = ProcessApplicationHostTest.Host.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:process-application-host;DB_CLOSE_DELAY=-1",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true"})
class ProcessApplicationHostTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableProcessApplication("host")
    static class Host {
    }

    @Autowired
    ProcessEngine engine;

    @Test
    void theLibraryDeploysItsOwnFilesBesideTheProcessApplicationsDeployment() {
        RepositoryService repository = engine.getRepositoryService();

        Deployment library = repository.createDeploymentQuery().deploymentName(LibraryDeployment.NAME).singleResult();
        assertThat(library).isNotNull();
        assertThat(repository.createProcessDefinitionQuery().deploymentId(library.getId()).list())
                .extracting(ProcessDefinition::getKey)
                .containsAll(LibraryResources.load().processKeys());
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(LibraryKeys.COMMENDATION_ELIGIBILITY)
                .singleResult().getDeploymentId()).isEqualTo(library.getId());

        Deployment host = repository.createDeploymentQuery()
                .deploymentSource(ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE).singleResult();
        assertThat(host).as("the host's process application deployed its own process").isNotNull();
        assertThat(repository.createProcessDefinitionQuery().deploymentId(host.getId()).list())
                .extracting(ProcessDefinition::getKey).containsExactly("nghi-phep");
    }
}
