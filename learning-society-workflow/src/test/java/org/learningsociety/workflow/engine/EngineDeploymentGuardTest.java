package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * The guard inside the engine: a deployment made as Camunda Modeler makes it (the engine's
 * {@code RepositoryService}, which {@code /engine-rest/deployment/create} calls) is checked against the
 * deployed cycle, and refused whole with the guard's Vietnamese message as a {@link ParseException}.
 */
class EngineDeploymentGuardTest {

    private ProcessEngine engine;
    private RepositoryService repository;

    @BeforeEach
    void deployTheCycleWithPlainDatesOf2026() {
        engine = EngineFixture.engine(new EngineDeploymentGuard(new DeploymentGuard()));
        repository = engine.getRepositoryService();
        var deployment = repository.createDeployment().name("learning-society").source(LibraryDeployment.SOURCE);
        CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.typed(k)));
        deployment.deploy();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void refusesAModelerDeploymentThatDropsARequiredElementWithTheGuardsMessage() {
        String edited = CycleResources.typed("verify").replace("\"verifyBatch\"", "\"kiemTraThon\"");

        assertThatThrownBy(() -> modelerDeploys("verify.bpmn", edited))
                .isInstanceOfSatisfying(DeploymentRefusedException.class, refused -> {
                    assertThat(refused).isInstanceOf(ParseException.class).hasMessage(
                            "Không triển khai quy trình đã sửa: Thiếu phần tử bắt buộc \"verifyBatch\" trong quy trình learning-society.verify");
                    assertThat(refused.getResorceReports()).singleElement().satisfies(report -> {
                        assertThat(report.getResourceName()).isEqualTo("verify.bpmn");
                        assertThat(report.getErrors()).extracting(org.camunda.bpm.engine.Problem::getMessage)
                                .containsExactly("Thiếu phần tử bắt buộc \"verifyBatch\" trong quy trình learning-society.verify");
                    });
                });
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentSource("Camunda Modeler").count()).isZero();
    }

    @Test
    void refusesAWindowClosingBeforeTheDeployedWindowBeforeIt() {
        String tooEarly = CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-09-01T23:59:59+07:00");

        assertThatThrownBy(() -> modelerDeploys("verify.bpmn", tooEarly))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("Hạn \"verificationWindowCloses\" (2026-09-01) phải sau hạn "
                        + "\"selfAssessmentWindowCloses\" (2026-09-30)");
    }

    @Test
    void acceptsNextYearsDatesFileByFileAsAnAdministratorDeploysThem() {
        // the other windows still hold 2026's dates: those are another cycle's, not out of order
        modelerDeploys("register.bpmn", CycleResources.typed("register").replace("2026-", "2027-"));
        modelerDeploys("verify.bpmn", CycleResources.typed("verify").replace("2026-", "2027-"));

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).latestVersion()
                .singleResult().getVersion()).isEqualTo(2);
    }

    @Test
    void letsTheHostsOwnProcessesThroughUnchecked() {
        repository.createDeployment().name("leave").source("Camunda Modeler")
                .addModelInstance("leave.bpmn", org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("leave")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("approve").endEvent().done())
                .deploy();

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("leave").count()).isEqualTo(1);
    }

    @Test
    void refusesALibraryProcessUnderTheKeyItHadBeforeTheNamespaceAndLetsAHostsOwnRegisterThrough() throws Exception {
        // an administrator's file from before the upgrade: the cycle calls learning-society.register now
        String previous = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/old-keys/bpmn/register.bpmn"));

        assertThatThrownBy(() -> modelerDeploys("register.bpmn", previous))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("Quy trình register là quy trình learning-society.register của thư viện với mã cũ")
                .hasMessageContaining("đổi ID của quy trình thành \"learning-society.register\"");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("register").count()).isZero();

        // a portal's own process named register is none of the library's business
        repository.createDeployment().name("dang-ky").source("Camunda Modeler")
                .addModelInstance("dang-ky.bpmn", org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("register")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("approve").endEvent().done())
                .deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("register").count()).isEqualTo(1);
    }

    @Test
    void refusesAProvincesOwnDeploymentThatDropsARequiredElement() {
        String edited = CycleResources.typed("verify").replace("\"verifyBatch\"", "\"kiemTraThon\"");

        assertThatThrownBy(() -> provinceDeploys("31", "verify.bpmn", edited))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("Thiếu phần tử bắt buộc \"verifyBatch\"");
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn("31").count()).isZero();
    }

    @Test
    void checksAProvincesDeploymentAgainstItsOwnVersionsOfTheOtherProcessesElseTheShared() {
        // Hải Phòng's own self-assessment window closes on 25 October; the shared one on 30 September
        provinceDeploys("31", "self-assess.bpmn", CycleResources.typed("self-assess")
                .replace("2026-09-30T23:59:59+07:00", "2026-10-25T23:59:59+07:00"));
        String verifyClosing20October = CycleResources.typed("verify")
                .replace("2026-10-31T23:59:59+07:00", "2026-10-20T23:59:59+07:00");

        assertThatThrownBy(() -> provinceDeploys("31", "verify.bpmn", verifyClosing20October))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("Hạn \"verificationWindowCloses\" (2026-10-20) phải sau hạn "
                        + "\"selfAssessmentWindowCloses\" (2026-10-25)");
        // another province, without a self-assessment of its own, runs the shared one: 20 October is after it
        provinceDeploys("01", "verify.bpmn", verifyClosing20October);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY)
                .tenantIdIn("01").count()).isEqualTo(1);
    }

    private void provinceDeploys(String tenantId, String file, String text) {
        repository.createDeployment().name(file.replace(".bpmn", "")).source("Camunda Modeler").tenantId(tenantId)
                .addString(file, text).deploy();
    }

    /** What Camunda Modeler's Deploy button makes, through the engine's REST API. */
    private void modelerDeploys(String file, String text) {
        repository.createDeployment().name(file.replace(".bpmn", "")).source("Camunda Modeler")
                .enableDuplicateFiltering(true).addString(file, text).deploy();
    }
}
