package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Modeler's Deploy button, played over HTTP: a multipart POST to {@code /engine-rest/deployment/create}
 * with the fields Modeler sends ({@code deployment-name}, {@code deployment-source}, {@code deploy-changed-only},
 * the file as a part named after it) and HTTP basic of a Camunda user. An edit that breaks the cycle is refused
 * with a 400 carrying the guard's Vietnamese message; a good edit is deployed. A host's own process beside the
 * library keeps the engine's own answers.
 */
@SpringBootTest(classes = ModelerDeploymentThroughEngineRestTest.Host.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
                "spring.datasource.url=jdbc:h2:mem:modeler-deployment;DB_CLOSE_DELAY=-1",
                "learning-society.reference-data.units=PROVINCES",
                "learning-society.reference-data.provinces=31",
                "camunda.bpm.job-execution.enabled=false",
                // the engine REST API serves the engine named "default", as a portal's single engine is
                "camunda.bpm.process-engine-name=default",
                "camunda.bpm.generate-unique-process-application-name=true"})
class ModelerDeploymentThroughEngineRestTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Host {
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void administrator() {
        if (identity.createUserQuery().userId("quantri").count() == 0) {
            User user = identity.newUser("quantri");
            user.setPassword("secret");
            identity.saveUser(user);
        }
    }

    @Test
    void refusesAnEditThatDropsARequiredElementWithTheGuardsMessage() throws Exception {
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count();
        String edited = CycleResources.text("verify").replace("\"verifyBatch\"", "\"kiemTraThon\"");

        ResponseEntity<String> answer = modelerDeploys("verify.bpmn", edited);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        assertThat(body.path("message").asText()).isEqualTo(
                "Không triển khai quy trình đã sửa: Thiếu phần tử bắt buộc \"verifyBatch\" trong quy trình learning-society.verify");
        assertThat(body.path("details").path("verify.bpmn").path("errors").get(0).path("message").asText())
                .isEqualTo("Thiếu phần tử bắt buộc \"verifyBatch\" trong quy trình learning-society.verify");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).count()).isEqualTo(versions);
    }

    @Test
    void deploysAGoodEditAsModelerSendsIt() throws Exception {
        String typed = CycleResources.text("verify").replaceAll(
                "\\$\\{cycleDeadlines\\.closes\\(execution, 'VERIFICATION'\\)}", "2026-11-05T23:59:59+07:00");

        ResponseEntity<String> answer = modelerDeploys("verify.bpmn", typed);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = json.readTree(answer.getBody()).path("id").asText();
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getSource())
                .isEqualTo("Camunda Modeler");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LibraryKeys.VERIFY).latestVersion()
                .singleResult().getDeploymentId()).isEqualTo(deploymentId);
    }

    @Test
    void theLibrarysDeploymentIsItsOwnAndTheHostsProcessIsTheHosts() {
        var library = repository.createDeploymentQuery().deploymentSource(LibraryDeployment.SOURCE).singleResult();
        var host = repository.createDeploymentQuery().deploymentName("SpringAutoDeployment").singleResult();

        assertThat(repository.getDeploymentResourceNames(library.getId())).contains("bpmn/annual-cycle.bpmn");
        assertThat(repository.getDeploymentResourceNames(host.getId())).singleElement().asString()
                .endsWith("nghi-phep.bpmn");
    }

    @Test
    void theEnginesRestApiFindsTheLibrarysDefinitionsByTheirNamespacedKeys() throws Exception {
        ResponseEntity<String> cycle = http.withBasicAuth("quantri", "secret")
                .getForEntity("/engine-rest/process-definition/key/" + LibraryKeys.ANNUAL_CYCLE, String.class);
        ResponseEntity<String> count = http.withBasicAuth("quantri", "secret").getForEntity(
                "/engine-rest/process-definition/count?key=" + LibraryKeys.ANNUAL_CYCLE, String.class);
        ResponseEntity<String> decision = http.withBasicAuth("quantri", "secret").getForEntity(
                "/engine-rest/decision-definition/key/" + LibraryKeys.COMMENDATION_ELIGIBILITY, String.class);

        assertThat(cycle.getStatusCode().value()).as(cycle.getBody()).isEqualTo(200);
        assertThat(json.readTree(cycle.getBody()).path("key").asText()).isEqualTo("learning-society.annual-cycle");
        assertThat(json.readTree(count.getBody()).path("count").asInt()).isEqualTo(1);
        assertThat(decision.getStatusCode().value()).as(decision.getBody()).isEqualTo(200);
        assertThat(json.readTree(decision.getBody()).path("key").asText())
                .isEqualTo("learning-society.commendation-eligibility");
    }

    @Test
    void theHostsOwnTaskCompletedTwiceKeepsTheEnginesAnswer() throws Exception {
        runtime.startProcessInstanceByKey("nghi-phep");
        Task task = tasks.createTaskQuery().processDefinitionKey("nghi-phep").list().get(0);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> complete = new HttpEntity<>("{}", headers);

        ResponseEntity<String> first = http.withBasicAuth("quantri", "secret")
                .postForEntity("/engine-rest/task/" + task.getId() + "/complete", complete, String.class);
        ResponseEntity<String> second = http.withBasicAuth("quantri", "secret")
                .postForEntity("/engine-rest/task/" + task.getId() + "/complete", complete, String.class);

        assertThat(first.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(second.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(json.readTree(second.getBody()).path("message").asText())
                .contains("Cannot find task with id " + task.getId())
                .doesNotContain(TaskAlreadyCompletedException.MESSAGE);
    }

    /** What Modeler's Deploy button sends for one file. */
    private ResponseEntity<String> modelerDeploys(String file, String text) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", file.replace(".bpmn", ""));
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add(file, new HttpEntity<>(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("quantri", "secret")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
    }
}
