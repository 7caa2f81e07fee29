package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A host that has the starter on its class path but switched off ({@code learning-society.enabled=false}),
 * with Camunda's own auto-deployment as it comes ({@code classpath*:**}{@code /*.bpmn}, jars included): the
 * engine holds the host's own process and nothing of the library's, neither a process, nor the decision
 * table, nor a form.
 */
@SpringBootTest(classes = LibraryOffDeploysNothingTest.Host.class, properties = {
        "learning-society.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:library-off;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true"})
class LibraryOffDeploysNothingTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Host {
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void camundasOwnPatternFindsTheLibrarysFilesInItsJar() throws Exception {
        LibraryResources library = LibraryResources.load();
        List<byte[]> found = new ArrayList<>();
        for (String pattern : camunda.getDeploymentResourcePattern()) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (var in = resource.getInputStream()) {
                    found.add(in.readAllBytes());
                }
            }
        }

        assertThat(found).as("what the filter keeps out").anyMatch(library::isLibraryFile);
    }

    @Test
    void theEngineHoldsNoDefinitionOfTheLibrarysKeys() {
        RepositoryService repository = engine.getRepositoryService();
        LibraryResources library = LibraryResources.load();

        assertThat(library.processKeys()).as("the library's jar is on the class path").contains(LibraryKeys.ANNUAL_CYCLE);
        assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getKey)
                .containsExactly("nghi-phep");
        assertThat(repository.createDecisionDefinitionQuery().count()).isZero();
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (LibraryResources.Entry entry : library.entries()) {
            if (entry.kind() == LibraryResources.Entry.Kind.FORM) {
                for (String key : entry.keys()) {
                    Object form = configuration.getCommandExecutorTxRequired().execute(context ->
                            context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
                    assertThat(form).as("form " + key).isNull();
                }
            }
        }
        assertThat(repository.createDeploymentQuery().list()).extracting(Deployment::getName)
                .containsExactly("SpringAutoDeployment");
        Deployment host = repository.createDeploymentQuery().singleResult();
        assertThat(repository.getDeploymentResourceNames(host.getId())).singleElement().asString()
                .endsWith("nghi-phep.bpmn");
    }
}
