package org.learningsociety.workflow.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.api.LearningSocietyApi;
import org.learningsociety.workflow.engine.AsTasklist;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal upgrading the library from a version whose groups were {@code hoi-khuyen-hoc:10507}: the
 * old portal (its engine with the wide id whitelist the old groups needed) has an officer in the old
 * group, the group's Tasklist grants, the shared filter "Công việc của đơn vị tôi", a filter of its own
 * naming the old group, and an open task for it. The upgraded portal starts on Camunda's default
 * whitelist; the upgrade on start moves all of it to {@code hoikhuyenhoc10507}: the officer finds the
 * task in both filters and claims it, the API lets them into their unit and no other, the old groups
 * are gone, and a second run finds nothing to do. A cycle still running on the old version's definition
 * gives its next task to the new group, and its approver groups are rewritten.
 */
class LegacyGroupsUpgradeTest {

    private static final String DATABASE = "jdbc:h2:mem:legacy-groups-test;DB_CLOSE_DELAY=-1";
    private static final String OLD_ASSOCIATION = "hoi-khuyen-hoc:10507";
    private static final String OLD_BOARD = "thi-dua:31";
    private static final String OFFICER = "lanthanhdong";
    private static final String BOARD_OFFICER = "hathidua";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Host {
    }

    @Test
    void anOldPortalsOfficerFindsClaimsAndReachesAsBeforeOnceTheGroupsAreUpgraded() throws Exception {
        String taskId;
        String sharedFilter;
        String ownFilter;
        String cycle;
        try (ConfigurableApplicationContext old = start(WebApplicationType.NONE,
                "camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern=[a-zA-Z0-9.:_-]+",
                "learning-society.officers.upgrade-legacy-groups=false")) {
            IdentityService identity = old.getBean(IdentityService.class);
            AuthorizationService authorizations = old.getBean(AuthorizationService.class);
            FilterService filters = old.getBean(FilterService.class);
            TaskService tasks = old.getBean(TaskService.class);
            group(identity, OLD_ASSOCIATION, "Hội Khuyến học phường Thành Đông");
            group(identity, OLD_BOARD, "Ban Thi đua – Khen thưởng thành phố Hải Phòng");
            user(identity, OFFICER, OLD_ASSOCIATION);
            user(identity, BOARD_OFFICER, OLD_BOARD);
            sharedFilter = old.getBean(OfficerProvisioning.class).myUnitsFilterId();
            Filter own = filters.newTaskFilter("Việc của Hội Khuyến học Thành Đông")
                    .setQuery(tasks.createTaskQuery().taskCandidateGroup(OLD_ASSOCIATION));
            ownFilter = filters.saveFilter(own).getId();
            for (String group : List.of(OLD_ASSOCIATION, OLD_BOARD)) {
                grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grant(authorizations, group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
                grant(authorizations, group, Resources.FILTER, sharedFilter, Permissions.READ);
            }
            grant(authorizations, OLD_ASSOCIATION, Resources.FILTER, ownFilter, Permissions.READ);
            Task task = tasks.newTask();
            task.setName("Tiếp nhận đăng ký Gia đình học tập năm 2027");
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), OLD_ASSOCIATION);
            taskId = task.getId();

            // a cycle running on a definition of the old version, its tasks written hoi-khuyen-hoc:${unitCode}
            try (InputStream bpmn = getClass().getResourceAsStream("/legacy/old-style-tasks.xml")) {
                old.getBean(RepositoryService.class).createDeployment().name("phien-ban-cu")
                        .addInputStream("old-style-tasks.bpmn", bpmn).deploy();
            }
            // and, as a commendation running on the old version holds them, approver groups written the old way
            HashMap<String, String> approvers = new HashMap<>(Map.of("GIAY_KHEN", "ubnd:10507",
                    "BANG_KHEN_PROVINCE", OLD_BOARD));
            cycle = old.getBean(RuntimeService.class).startProcessInstanceByKey("old-style-tasks",
                    Map.of("unitCode", "10507", "approverGroups", approvers)).getId();
            assertThat(tasks.createTaskQuery().taskDefinitionKey("registerBatch").singleResult())
                    .extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                    .isEqualTo(OLD_ASSOCIATION);
        }

        try (ConfigurableApplicationContext upgraded = start(WebApplicationType.SERVLET, "server.port=0")) {
            IdentityService identity = upgraded.getBean(IdentityService.class);
            AuthorizationService authorizations = upgraded.getBean(AuthorizationService.class);
            FilterService filters = upgraded.getBean(FilterService.class);
            TaskService tasks = upgraded.getBean(TaskService.class);

            assertThat(identity.createGroupQuery().groupIdIn(OLD_ASSOCIATION, OLD_BOARD).count()).isZero();
            Group association = identity.createGroupQuery().groupId("hoikhuyenhoc10507").singleResult();
            assertThat(association.getName()).isEqualTo("Hội Khuyến học phường Thành Đông");
            assertThat(identity.createUserQuery().memberOfGroup("hoikhuyenhoc10507").list())
                    .extracting(User::getId).containsExactly(OFFICER);
            assertThat(identity.createUserQuery().memberOfGroup("thidua31").list())
                    .extracting(User::getId).containsExactly(BOARD_OFFICER);
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(OLD_ASSOCIATION, OLD_BOARD).count())
                    .as("Camunda's deleteGroup leaves a group's authorizations; the upgrade moves them").isZero();
            assertThat(authorizations.isUserAuthorized(OFFICER, List.of("hoikhuyenhoc10507"), Permissions.ACCESS,
                    Resources.APPLICATION, "tasklist")).isTrue();
            assertThat(tasks.getIdentityLinksForTask(taskId)).extracting(l -> l.getGroupId())
                    .contains("hoikhuyenhoc10507").doesNotContain(OLD_ASSOCIATION);

            AsTasklist.authenticate(identity, OFFICER);
            try {
                String registration = tasks.createTaskQuery().taskDefinitionKey("registerBatch").singleResult().getId();
                assertThat(filters.list(sharedFilter)).extracting(t -> ((Task) t).getId())
                        .containsExactlyInAnyOrder(taskId, registration);
                assertThat(filters.list(ownFilter)).extracting(t -> ((Task) t).getId())
                        .containsExactlyInAnyOrder(taskId, registration);
                tasks.claim(taskId, OFFICER);

                // the old definition's next task goes to the new group: the officer finds it, where it would
                // otherwise go to hoi-khuyen-hoc:10507, which has no member any more
                tasks.claim(registration, OFFICER);
                tasks.complete(registration);
                Task next = tasks.createTaskQuery().taskDefinitionKey("closeEarly").singleResult();
                assertThat(next).as("the officer sees the old definition's next task").isNotNull();
                assertThat(filters.list(sharedFilter)).extracting(t -> ((Task) t).getId()).contains(next.getId());
                assertThat(tasks.getIdentityLinksForTask(next.getId())).extracting(l -> l.getGroupId())
                        .containsExactly("hoikhuyenhoc10507");
            } finally {
                identity.clearAuthentication();
            }
            assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(OFFICER);

            int port = Integer.parseInt(upgraded.getEnvironment().getProperty("local.server.port"));
            assertThat(subjects(port, OFFICER, "10507")).isEqualTo(200);
            assertThat(subjects(port, OFFICER, "10525")).as("another commune").isEqualTo(403);
            assertThat(subjects(port, BOARD_OFFICER, "10525")).as("the city's board reaches its communes")
                    .isEqualTo(200);

            assertThat(upgraded.getBean(RuntimeService.class).getVariable(cycle, "approverGroups"))
                    .isEqualTo(Map.of("GIAY_KHEN", "ubnd10507", "BANG_KHEN_PROVINCE", "thidua31"));

            assertThat(upgraded.getBean(LegacyGroupsUpgrade.class).upgrade()).as("a second run").isEmpty();
            assertThatThrownBy(() -> group(identity, "ubnd:10507", "UBND phường Thành Đông"))
                    .as("the upgraded engine keeps Camunda's default whitelist").isInstanceOf(ProcessEngineException.class);
        }
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + DATABASE,
                "learning-society.reference-data.units=PROVINCES",
                "learning-society.reference-data.provinces=31",
                "learning-society.evidence.directory=target/legacy-groups-evidence",
                "learning-society.api.import-directory=target/legacy-groups-imports",
                "camunda.bpm.job-execution.enabled=false",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.generate-unique-process-application-name=true",
                "camunda.bpm.generic-properties.properties.history-time-to-live=P30D",
                "camunda.bpm.authorization.enabled=true"));
        if (type == WebApplicationType.NONE) {
            // no web server: Camunda's REST API (a test dependency of the module) stays out
            properties.add("spring.autoconfigure.exclude="
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
        }
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(Host.class).web(type).properties(properties.toArray(String[]::new)).run();
    }

    private static int subjects(int port, String user, String unit) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + LearningSocietyApi.BASE_PATH
                        + "/subjects?unit=" + unit))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void group(IdentityService identity, String id, String name) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(OfficerProvisioning.GROUP_TYPE);
        identity.saveGroup(group);
    }

    private static void user(IdentityService identity, String id, String groupId) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Cán bộ");
        user.setPassword("secret");
        identity.saveUser(user);
        identity.createMembership(id, groupId);
    }

    private static void grant(AuthorizationService authorizations, String groupId,
            org.camunda.bpm.engine.authorization.Resource resource, String resourceId,
            org.camunda.bpm.engine.authorization.Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
