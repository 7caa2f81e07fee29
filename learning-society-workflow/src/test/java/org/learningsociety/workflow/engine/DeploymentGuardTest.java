package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

class DeploymentGuardTest {

    private final DeploymentGuard guard = new DeploymentGuard();

    private List<String> problemsWith(String key, String edited) {
        return guard.problems(2026, CycleResources.allWith(key, edited));
    }

    @Test
    void acceptsTheCycleAsShippedWithTimersFromThePlan() {
        assertThat(guard.problems(2026, CycleResources.KEYS.stream()
                .map(k -> CycleResources.model(CycleResources.text(k))).toList())).isEmpty();
    }

    @Test
    void acceptsPlainDatesTypedInModeler() {
        assertThat(guard.problems(2026, CycleResources.allWith("verify", CycleResources.typed("verify")))).isEmpty();
    }

    @Test
    void refusesAnExpressionNamingAWindowTheCycleDoesNotHave() {
        String edited = CycleResources.text("verify").replace("'VERIFICATION'", "'THAM_DINH'");

        assertThat(problemsWith("verify", edited)).singleElement().asString()
                .contains("verificationWindowCloses", "giai đoạn không có trong chu kỳ", "THAM_DINH");
    }

    @Test
    void refusesAnEditThatDropsARequiredElement() {
        String edited = CycleResources.typed("verify").replace("\"verifyBatch\"", "\"kiemTraThon\"");

        assertThat(problemsWith("verify", edited))
                .containsExactly("Thiếu phần tử bắt buộc \"verifyBatch\" trong quy trình learning-society.verify");
    }

    @Test
    void refusesATimerDateThatIsNotIso8601() {
        String edited = CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "31/10/2026");

        assertThat(problemsWith("verify", edited)).singleElement().asString()
                .contains("verificationWindowCloses", "không đúng chuẩn ISO 8601", "31/10/2026");
    }

    @Test
    void refusesADurationOrCycleThatDoesNotParse() {
        String edited = CycleResources.typed("annual-cycle")
                .replaceAll("<timeDate (id=\"[^\"]+\")>2026-12-20T23:59:59\\+07:00</timeDate>",
                        "<timeDuration $1>năm ngày</timeDuration>");

        assertThat(problemsWith("annual-cycle", edited)).singleElement().asString()
                .contains("Khoảng thời gian hẹn giờ", "reportDeadline", "năm ngày");
    }

    @Test
    void refusesWindowsOutOfOrder() {
        String edited = CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-09-15T23:59:59+07:00");

        assertThat(problemsWith("verify", edited)).containsExactly(
                "Hạn \"verificationWindowCloses\" (2026-09-15) phải sau hạn \"selfAssessmentWindowCloses\" (2026-09-30)");
    }

    @Test
    void refusesADateOutsideThePlanYear() {
        String edited = CycleResources.typed("recognise").replace("2026-12-10T23:59:59+07:00", "2027-01-10T23:59:59+07:00");

        assertThat(problemsWith("recognise", edited)).contains(
                "Hạn \"recognitionWindowCloses\" (learning-society.recognise) (2027-01-10) nằm ngoài năm kế hoạch 2026");
    }

    @Test
    void refusesAProcessWithoutHistoryTimeToLive() {
        String edited = CycleResources.typed("commend").replace("camunda:historyTimeToLive=\"1825\" ", "");

        assertThat(problemsWith("commend", edited))
                .containsExactly("Quy trình learning-society.commend phải có thời gian lưu lịch sử (historyTimeToLive)");
    }

    @Test
    void deploysAGoodEditAndRefusesABadOneAgainstWhatIsDeployed() {
        ProcessEngine engine = CycleResources.engine(new HashMap<>());
        try {
            RepositoryService repository = engine.getRepositoryService();
            var deployment = repository.createDeployment();
            CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.typed(k)));
            deployment.deploy();

            String tooEarly = CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-09-01");
            assertThatThrownBy(() -> guard.deploy(repository, 2026, CycleResources.resources("verify", tooEarly)))
                    .isInstanceOf(DeploymentRefusedException.class)
                    .hasMessageStartingWith("Không triển khai quy trình đã sửa: ")
                    .hasMessageContaining("phải sau hạn \"selfAssessmentWindowCloses\"");
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count()).isEqualTo(1);

            String later = CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-11-05T23:59:59+07:00");
            guard.deploy(repository, 2026, CycleResources.resources("verify", later));
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).latestVersion()
                    .singleResult().getVersion()).isEqualTo(2);
        } finally {
            engine.close();
        }
    }
}
