package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningsociety.workflow.tenant.TenantInstanceMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Provinces as Camunda tenants, end to end on the portal: a cycle in Hải Phòng (31) and one in Hà Nội (01),
 * an association officer in each, provisioned through the API. Each officer sees their own province's
 * tasks and none of the other's, in Tasklist (its REST, logged in as the webapp logs in), in engine-rest (HTTP
 * basic) and in the library's API, although both are in one host group that is a candidate group of every
 * task of both cycles. Hà Nội deployed its own {@code annual-cycle}: its cycle runs on it, Hải Phòng's on the
 * shared one, and the processes Hà Nội did not deploy are called in their shared version. Instances started
 * before provinces were tenants are moved to their province's tenant and finish there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceTenantsTest extends PortalContextTest {

    private static final String API = "/api/learning-society/v1";
    private static final String HAI_PHONG = "31";
    private static final String HA_NOI = "01";
    /** Phường Lê Thanh Nghị, Hải Phòng. */
    private static final String HP_COMMUNE = "10532";
    /** Phường Tân Hưng, Hải Phòng: its instances start before provinces are tenants. */
    private static final String HP_OLD_COMMUNE = "10537";
    /** Phường Ba Đình, Hà Nội. */
    private static final String HN_COMMUNE = "00004";
    private static final String HP_OFFICER = "khuyenhoc.lethanhnghi";
    private static final String HN_OFFICER = "khuyenhoc.badinh";
    private static final String PASSWORD = "matkhau-2027";
    /** A host's own group both officers are in, a candidate group of every task of both cycles. */
    private static final String HOST_GROUP = "canbokhuyenhocchung";
    private static final String HN_CYCLE_NAME = "Chu kỳ hằng năm của Hà Nội";
    private static final int YEAR = 2027;

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TenantInstanceMigration migration;

    private final HttpClient http = HttpClient.newHttpClient();
    private String hpCycle;
    private String hnCycle;

    @BeforeAll
    void twoProvincesEachWithACycleAndAnOfficer() throws Exception {
        deployHaNoisOwnAnnualCycle();
        provision(HP_OFFICER, HP_COMMUNE, "Lê Thanh", "Nghị");
        provision(HN_OFFICER, HN_COMMUNE, "Ba", "Đình");
        addVillage(HP_COMMUNE);
        addVillage(HN_COMMUNE);
        hpCycle = startCycle(HP_COMMUNE);
        hnCycle = startCycle(HN_COMMUNE);
        awaitTasks(hpCycle);
        awaitTasks(hnCycle);
        var identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(HOST_GROUP).count() == 0) {
            Group group = identity.newGroup(HOST_GROUP);
            group.setName("Cán bộ khuyến học (nhóm của cổng thông tin)");
            identity.saveGroup(group);
            identity.createMembership(HP_OFFICER, HOST_GROUP);
            identity.createMembership(HN_OFFICER, HOST_GROUP);
            // the host lets its group read every process instance, as a portal's own monitoring might
            var authorizations = engine.getAuthorizationService();
            var read = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization
                    .AUTH_TYPE_GRANT);
            read.setGroupId(HOST_GROUP);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(org.camunda.bpm.engine.authorization.Authorization.ANY);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
        for (String cycle : List.of(hpCycle, hnCycle)) {
            for (Task task : tasksOf(cycle)) {
                engine.getTaskService().addCandidateGroup(task.getId(), HOST_GROUP);
            }
        }
    }

    @Test
    void startsEachCycleAndTheProcessesItCallsWithItsProvincesTenant() {
        assertThat(instancesOf(hpCycle)).isNotEmpty().allSatisfy(i -> assertThat(i.getTenantId()).isEqualTo(HAI_PHONG));
        assertThat(instancesOf(hnCycle)).isNotEmpty().allSatisfy(i -> assertThat(i.getTenantId()).isEqualTo(HA_NOI));
        assertThat(instancesOf(hpCycle).size()).isGreaterThan(1); // the cycle and a process it called
        assertThat(tasksOf(hpCycle)).isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(HAI_PHONG));
        assertThat(tasksOf(hnCycle)).isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(HA_NOI));
        // the tenant is the province, named as it, and the officers are its members
        assertThat(engine.getIdentityService().createTenantQuery().tenantId(HAI_PHONG).singleResult().getName())
                .isEqualTo("Thành phố Hải Phòng");
        assertThat(engine.getIdentityService().createTenantQuery().userMember(HP_OFFICER).list())
                .extracting(t -> t.getId()).containsExactly(HAI_PHONG);
        assertThat(engine.getIdentityService().createTenantQuery().userMember(HN_OFFICER).list())
                .extracting(t -> t.getId()).containsExactly(HA_NOI);
    }

    @Test
    void runsAProvincesOwnAnnualCycleForItAndTheSharedOneForTheOthers() {
        var repository = engine.getRepositoryService();
        ProcessDefinition hn = repository.getProcessDefinition(root(hnCycle).getProcessDefinitionId());
        ProcessDefinition hp = repository.getProcessDefinition(root(hpCycle).getProcessDefinitionId());
        assertThat(hn.getTenantId()).isEqualTo(HA_NOI);
        assertThat(hn.getName()).isEqualTo(HN_CYCLE_NAME);
        assertThat(hp.getTenantId()).isNull();
        assertThat(hp.getName()).isNotEqualTo(HN_CYCLE_NAME);
        // Hà Nội deployed no registration process of its own: its cycle calls the shared one, under its tenant
        List<ProcessInstance> called = instancesOf(hnCycle).stream()
                .filter(i -> !i.getId().equals(root(hnCycle).getId())).toList();
        assertThat(called).isNotEmpty().allSatisfy(i -> {
            assertThat(repository.getProcessDefinition(i.getProcessDefinitionId()).getTenantId()).isNull();
            assertThat(i.getTenantId()).isEqualTo(HA_NOI);
        });
    }

    @Test
    void showsEachOfficerOnlyTheirProvincesTasksInTasklist() throws IOException, InterruptedException {
        // without the tenants, the host group would show each officer the other province's tasks
        String othersTask = tasksOf(hnCycle).get(0).getId();
        assertThat(engine.getAuthorizationService().isUserAuthorized(HP_OFFICER, groupsOf(HP_OFFICER),
                Permissions.READ, Resources.TASK, othersTask)).isTrue();

        assertSeesOnlyOwn(tasklistTasks(HP_OFFICER), hpCycle, hnCycle, HAI_PHONG);
        assertSeesOnlyOwn(tasklistTasks(HN_OFFICER), hnCycle, hpCycle, HA_NOI);
    }

    @Test
    void showsEachOfficerOnlyTheirProvincesTasksAndInstancesInEngineRest() throws IOException, InterruptedException {
        assertSeesOnlyOwn(basic(HP_OFFICER, "/engine-rest/task?maxResults=1000"), hpCycle, hnCycle, HAI_PHONG);
        assertSeesOnlyOwn(basic(HN_OFFICER, "/engine-rest/task?maxResults=1000"), hnCycle, hpCycle, HA_NOI);
        // the host group may read every instance: the other province's cycle is hidden by its tenant alone
        assertThat(engine.getAuthorizationService().isUserAuthorized(HP_OFFICER, groupsOf(HP_OFFICER),
                Permissions.READ, Resources.PROCESS_INSTANCE, root(hnCycle).getId())).isTrue();
        assertThat(ids(basic(HP_OFFICER, "/engine-rest/process-instance?businessKey=" + hpCycle)))
                .contains(root(hpCycle).getId());
        assertThat(ids(basic(HP_OFFICER, "/engine-rest/process-instance?businessKey=" + hnCycle))).isEmpty();
        assertThat(ids(basic(HN_OFFICER, "/engine-rest/process-instance?businessKey=" + hnCycle)))
                .contains(root(hnCycle).getId());
        assertThat(ids(basic(HN_OFFICER, "/engine-rest/process-instance?businessKey=" + hpCycle))).isEmpty();
        assertThat(basic(HN_OFFICER, "/engine-rest/process-instance/" + root(hpCycle).getId()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void showsEachOfficerOnlyTheirProvincesCampaignsInTheLibrarysApi() throws IOException, InterruptedException {
        HttpResponse<String> own = basic(HP_OFFICER, API + "/campaigns/" + hpCycle);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).path("openTasks")).isNotEmpty();
        assertThat(basic(HP_OFFICER, API + "/campaigns/" + hnCycle).statusCode()).isEqualTo(403);
        assertThat(basic(HN_OFFICER, API + "/campaigns/" + hnCycle).statusCode()).isEqualTo(200);
        assertThat(basic(HN_OFFICER, API + "/campaigns/" + hpCycle).statusCode()).isEqualTo(403);
        HttpResponse<String> list = basic(HN_OFFICER, API + "/campaigns?unit=" + HN_COMMUNE + "&year=" + YEAR);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(hnCycle).doesNotContain(hpCycle);
        assertThat(basic(HN_OFFICER, API + "/campaigns?unit=" + HAI_PHONG + "&year=" + YEAR).statusCode())
                .isEqualTo(403);
    }

    @Test
    void takesTheTenantAwayWithTheOfficersLastRoleInTheProvince() throws IOException, InterruptedException {
        String userId = "khuyenhoc.tamthoi";
        provision(userId, HP_COMMUNE, "Tạm", "Thời");
        provision(userId, HP_OLD_COMMUNE, "Tạm", "Thời");
        assertThat(engine.getIdentityService().createTenantQuery().userMember(userId).tenantId(HAI_PHONG).count())
                .isEqualTo(1);
        assertThat(send(admin(HttpRequest.newBuilder(uri(API + "/officers/" + userId + "/roles/hoi-khuyen-hoc/"
                + HP_COMMUNE)).DELETE())).statusCode()).isEqualTo(200);
        // a role left in Hải Phòng keeps the tenant
        assertThat(engine.getIdentityService().createTenantQuery().userMember(userId).tenantId(HAI_PHONG).count())
                .isEqualTo(1);
        assertThat(send(admin(HttpRequest.newBuilder(uri(API + "/officers/" + userId + "/roles/hoi-khuyen-hoc/"
                + HP_OLD_COMMUNE)).DELETE())).statusCode()).isEqualTo(200);
        assertThat(engine.getIdentityService().createTenantQuery().userMember(userId).count()).isZero();
    }

    @Test
    void movesInstancesStartedBeforeProvincesWereTenantsToTheirProvinceAndTheyFinishThere() throws Exception {
        provision(HP_OFFICER, HP_OLD_COMMUNE, "Lê Thanh", "Nghị");
        addVillage(HP_OLD_COMMUNE);
        var repository = engine.getRepositoryService();
        if (repository.createProcessDefinitionQuery().processDefinitionKey("test.tenant-migration-parent").count() == 0) {
            repository.createDeployment().name("tenant migration test")
                    .addInputStream("tenant-migration-parent.bpmn", resource("tenant-migration-parent.bpmn"))
                    .addInputStream("tenant-migration-child.bpmn", resource("tenant-migration-child.bpmn"))
                    .deploy();
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        TenantIdProvider provider = configuration.getTenantIdProvider();
        ProcessInstance plain;
        String oldCycle;
        configuration.setTenantIdProvider(null); // as an earlier version of the library started them
        try {
            plain = engine.getRuntimeService().createProcessInstanceByKey("test.tenant-migration-parent")
                    .setVariables(Map.of("unitCode", HP_OLD_COMMUNE)).execute();
            oldCycle = startCycle(HP_OLD_COMMUNE);
        } finally {
            configuration.setTenantIdProvider(provider);
        }
        awaitTasks(oldCycle); // the cycle's first window opens in a job of its own
        assertThat(instancesOf(oldCycle)).allSatisfy(i -> assertThat(i.getTenantId()).isNull());
        assertThat(tasksOf(oldCycle)).isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isNull());

        List<TenantInstanceMigration.Moved> moved = migration.migrate();

        assertThat(moved).extracting(TenantInstanceMigration.Moved::rootInstanceId)
                .contains(plain.getId(), root(oldCycle).getId());
        assertThat(moved).filteredOn(m -> m.rootInstanceId().equals(plain.getId())).singleElement()
                .satisfies(m -> assertThat(m.tenantId()).isEqualTo(HAI_PHONG));
        assertThat(migration.migrate()).isEmpty(); // a second run finds nothing left
        assertThat(instancesOf(oldCycle)).allSatisfy(i -> assertThat(i.getTenantId()).isEqualTo(HAI_PHONG));
        assertThat(tasksOf(oldCycle)).allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(HAI_PHONG));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(plain.getId())
                .singleResult().getTenantId()).isEqualTo(HAI_PHONG);
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(plain.getId())
                .list()).allSatisfy(v -> assertThat(v.getTenantId()).isEqualTo(HAI_PHONG));
        // the moved cycle's tasks now show to Hải Phòng's officer alone
        assertThat(ids(basic(HP_OFFICER, "/engine-rest/task?maxResults=1000"))).containsAll(taskIds(oldCycle));
        assertThat(ids(basic(HN_OFFICER, "/engine-rest/task?maxResults=1000"))).doesNotContainAnyElementsOf(
                taskIds(oldCycle));

        // Hải Phòng's officer completes the moved instance's tasks, the called process's too: it finishes in 31
        completeAsOfficer(plain.getId(), "check");
        ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(plain.getId()).singleResult();
        assertThat(child.getTenantId()).isEqualTo(HAI_PHONG);
        completeAsOfficer(child.getId(), "approve");
        HistoricProcessInstance finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(plain.getId()).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getTenantId()).isEqualTo(HAI_PHONG);
    }

    private void completeAsOfficer(String processInstanceId, String taskKey) throws IOException, InterruptedException {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task.getTenantId()).isEqualTo(HAI_PHONG);
        HttpResponse<String> completed = send(HttpRequest.newBuilder(uri("/engine-rest/task/" + task.getId()
                + "/complete")).header("Authorization", basicHeader(HP_OFFICER)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    private void assertSeesOnlyOwn(HttpResponse<String> response, String own, String others, String tenantId)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> seen = ids(response);
        assertThat(seen).containsAll(taskIds(own)).doesNotContainAnyElementsOf(taskIds(others));
        for (JsonNode task : JSON.readTree(response.body())) {
            assertThat(task.path("tenantId").isNull() || task.path("tenantId").asText().equals(tenantId))
                    .as("task %s of tenant %s", task.path("id").asText(), task.path("tenantId").asText()).isTrue();
        }
    }

    /** The tasks Tasklist's REST gives the officer, logged in as the webapp logs in (its XSRF token and session). */
    private HttpResponse<String> tasklistTasks(String userId) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                uri("/camunda/api/admin/auth/user/default/login/tasklist")).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task?maxResults=1000"))
                .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void deployHaNoisOwnAnnualCycle() throws IOException {
        var repository = engine.getRepositoryService();
        if (repository.createProcessDefinitionQuery().processDefinitionKey("learning-society.annual-cycle")
                .tenantIdIn(HA_NOI).count() > 0) {
            return;
        }
        String bpmn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/annual-cycle.bpmn")) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String own = bpmn.replaceFirst("(<process[^>]*id=\"learning-society.annual-cycle\"[^>]*name=\")[^\"]*\"",
                "$1" + HN_CYCLE_NAME + "\"");
        assertThat(own).contains(HN_CYCLE_NAME);
        repository.createDeployment().name("Hà Nội: chu kỳ hằng năm").tenantId(HA_NOI)
                .addString("annual-cycle.bpmn", own).deploy();
    }

    private void provision(String userId, String commune, String firstName, String lastName)
            throws IOException, InterruptedException {
        String account = JSON.createObjectNode().put("firstName", firstName).put("lastName", lastName)
                .put("password", PASSWORD).toString();
        HttpResponse<String> granted = send(admin(HttpRequest.newBuilder(uri(API + "/officers/" + userId
                + "/roles/hoi-khuyen-hoc/" + commune)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(account))));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }

    private void addVillage(String commune) throws IOException, InterruptedException {
        String code = commune + "-T01";
        if (send(admin(HttpRequest.newBuilder(uri(API + "/units/" + code))
                .GET())).statusCode() == 200) {
            return;
        }
        String body = JSON.createObjectNode().put("code", code).put("name", "Tổ dân phố thử tenant")
                .put("level", "VILLAGE").put("parentCode", commune).put("validFrom", "2026-01-01").toString();
        HttpResponse<String> added = send(admin(HttpRequest.newBuilder(uri(API + "/units"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private String startCycle(String commune) throws IOException, InterruptedException {
        String businessKey = "FAMILY:" + YEAR + ":" + commune;
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .count() > 0) {
            return businessKey;
        }
        String body = JSON.createObjectNode().put("unitCode", commune).put("year", YEAR).put("model", "FAMILY")
                .toString();
        HttpResponse<String> started = send(admin(HttpRequest.newBuilder(uri(API + "/campaigns"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return businessKey;
    }

    /** Waits (at most two minutes) until the cycle has an open task. */
    private void awaitTasks(String businessKey) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (tasksOf(businessKey).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    private ProcessInstance root(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("learning-society.annual-cycle").singleResult();
    }

    /** The cycle's instance and every process it called that still runs. */
    private List<ProcessInstance> instancesOf(String businessKey) {
        List<ProcessInstance> all = new ArrayList<>();
        List<ProcessInstance> next = List.of(root(businessKey));
        while (!next.isEmpty()) {
            all.addAll(next);
            List<ProcessInstance> called = new ArrayList<>();
            for (ProcessInstance instance : next) {
                called.addAll(engine.getRuntimeService().createProcessInstanceQuery()
                        .superProcessInstanceId(instance.getId()).list());
            }
            next = called;
        }
        return all;
    }

    private List<Task> tasksOf(String businessKey) {
        List<String> instances = instancesOf(businessKey).stream().map(ProcessInstance::getId).toList();
        return engine.getTaskService().createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .list();
    }

    private Set<String> taskIds(String businessKey) {
        Set<String> ids = new HashSet<>();
        tasksOf(businessKey).forEach(t -> ids.add(t.getId()));
        return ids;
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
    }

    private static Set<String> ids(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body()).forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private HttpResponse<String> basic(String userId, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basicHeader(userId))
                .header("Accept", "application/json").GET());
    }

    private static String basicHeader(String userId) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder admin(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "demo:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static InputStream resource(String name) {
        return ProvinceTenantsTest.class.getClassLoader().getResourceAsStream("tenants/" + name);
    }
}
