package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The library's files enter the engine through its own deployment only, and a library upgrade does not
 * deploy over a version an administrator edited in Modeler: it is held back and logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class LibraryDeploymentTest {

    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void deploysTheLibrarysFilesAsItsOwnDeploymentWhenTheEngineIsBuiltAndOnceUntilTheyChange() {
        LibraryDeployment library = new LibraryDeployment(LibraryResources.load(), Set.of());
        engine = EngineFixture.engine(library, new LibraryFilesFilter(LibraryResources.load()));
        RepositoryService repository = engine.getRepositoryService();

        Deployment deployment = repository.createDeploymentQuery().singleResult();
        assertThat(deployment.getName()).isEqualTo(LibraryDeployment.NAME);
        assertThat(deployment.getSource()).isEqualTo(LibraryDeployment.SOURCE);
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .contains("bpmn/annual-cycle.bpmn", "bpmn/verify.bpmn", "dmn/commendation-eligibility.dmn",
                        "forms/batch-confirmation.form");
        assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getKey)
                .containsAll(LibraryKeys.PROCESSES);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(LibraryKeys.COMMENDATION_ELIGIBILITY)
                .count()).isEqualTo(1);

        LibraryDeployment.Outcome again = library.deploy(engine);

        assertThat(again.deployment()).as("nothing changed, nothing deployed").isNull();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count()).isEqualTo(1);
    }

    @Test
    void keepsTheLibrarysFilesOutOfAHostsDeploymentFromTheClassPath() {
        LibraryResources files = LibraryResources.load();
        engine = EngineFixture.engine(new LibraryFilesFilter(files));
        RepositoryService repository = engine.getRepositoryService();
        byte[] verify = bytesOf(files, "bpmn/verify.bpmn");

        // Camunda's classpath*:**/*.bpmn found the host's own process and the library's, in its jar
        Deployment host = repository.createDeployment().name("SpringAutoDeployment")
                .addModelInstance("leave.bpmn", Bpmn.createExecutableProcess("leave").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("approve").endEvent().done())
                .addInputStream("verify.bpmn", new java.io.ByteArrayInputStream(verify))
                .deploy();

        assertThat(repository.getDeploymentResourceNames(host.getId())).containsExactly("leave.bpmn");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count()).isZero();

        // a deployment of the library's files only is not made at all
        Deployment onlyLibrary = repository.createDeployment().name("SpringAutoDeployment")
                .addInputStream("verify.bpmn", new java.io.ByteArrayInputStream(verify)).deploy();

        assertThat(onlyLibrary).isNull();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
    }

    @Test
    void holdsBackAnUpgradeThatWouldSupersedeAnAdministratorsEditAndSaysWhatToDo(CapturedOutput output) {
        engine = EngineFixture.engine(new LibraryFilesFilter(LibraryResources.load()));
        RepositoryService repository = engine.getRepositoryService();
        new LibraryDeployment(shipped(), Set.of()).deploy(engine);
        modelerDeploys(repository, "verify");

        LibraryDeployment.Outcome upgrade = new LibraryDeployment(upgraded(), Set.of()).deploy(engine);

        assertThat(upgrade.heldBack()).singleElement().satisfies(held -> {
            assertThat(held.key()).isEqualTo(LibraryKeys.VERIFY);
            assertThat(held.resource()).isEqualTo("bpmn/verify.bpmn");
            assertThat(held.deploymentSource()).isEqualTo("Camunda Modeler");
            assertThat(held.libraryChanged()).isTrue();
        });
        assertThat(latest(repository, LibraryKeys.VERIFY).getDeploymentId()).as("the administrator's edit stays the latest")
                .isEqualTo(repository.createDeploymentQuery().deploymentSource("Camunda Modeler").singleResult().getId());
        assertThat(latest(repository, LibraryKeys.REGISTER).getVersion()).as("the library's other upgraded file is deployed")
                .isEqualTo(2);
        assertThat(output).contains("learning-society did NOT deploy its new version of learning-society.verify (bpmn/verify.bpmn)",
                "deployment 'verify' from 'Camunda Modeler'",
                "learning-society.deployment.replace-edited=" + LibraryKeys.VERIFY);
    }

    @Test
    void replacesTheEditOfAKeyTheAdministratorHandsBack() {
        engine = EngineFixture.engine(new LibraryFilesFilter(LibraryResources.load()));
        RepositoryService repository = engine.getRepositoryService();
        new LibraryDeployment(shipped(), Set.of()).deploy(engine);
        modelerDeploys(repository, "verify");

        LibraryDeployment.Outcome upgrade = new LibraryDeployment(upgraded(), Set.of(LibraryKeys.VERIFY)).deploy(engine);

        assertThat(upgrade.heldBack()).isEmpty();
        assertThat(repository.createDeploymentQuery().deploymentId(latest(repository, LibraryKeys.VERIFY).getDeploymentId())
                .singleResult().getSource()).isEqualTo(LibraryDeployment.SOURCE);
        assertThat(latest(repository, LibraryKeys.VERIFY).getVersion()).isEqualTo(3);
    }

    @Test
    void takesTheAutoDeploymentItUsedToFillAsItsOwn() {
        engine = EngineFixture.engine();
        RepositoryService repository = engine.getRepositoryService();
        // before this version, the library's files went into Camunda's Spring auto-deployment
        repository.createDeployment().name("SpringAutoDeployment")
                .addString("verify.bpmn", new String(bytesOf(shipped(), "bpmn/verify.bpmn"), StandardCharsets.UTF_8))
                .deploy();

        LibraryDeployment.Outcome upgrade = new LibraryDeployment(upgraded(), Set.of()).deploy(engine);

        assertThat(upgrade.heldBack()).isEmpty();
        assertThat(latest(repository, LibraryKeys.VERIFY).getVersion()).isEqualTo(2);
    }

    /** An administrator's edit of {@code key} deployed from Camunda Modeler (its name, its source). */
    private static void modelerDeploys(RepositoryService repository, String key) {
        repository.createDeployment().name(key).source("Camunda Modeler")
                .addString(key + ".bpmn", CycleResources.typed(key)).deploy();
    }

    private static ProcessDefinition latest(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** Two of the library's files as this version ships them. */
    private static LibraryResources shipped() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bpmn/register.bpmn", bytesOf(LibraryResources.load(), "bpmn/register.bpmn"));
        files.put("bpmn/verify.bpmn", bytesOf(LibraryResources.load(), "bpmn/verify.bpmn"));
        return LibraryResources.of(files);
    }

    /** The same two files as a later version of the library ships them, both changed. */
    private static LibraryResources upgraded() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        shipped().entries().forEach(entry -> files.put(entry.name(),
                (new String(entry.bytes(), StandardCharsets.UTF_8) + "\n<!-- phiên bản sau -->\n")
                        .getBytes(StandardCharsets.UTF_8)));
        return LibraryResources.of(files);
    }

    private static byte[] bytesOf(LibraryResources files, String name) {
        return files.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes();
    }
}
