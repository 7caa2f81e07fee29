package org.example.existingportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.cycle.CandidateGroups;
import org.learningsociety.workflow.database.LearningSocietyDatabase;
import org.learningsociety.workflow.engine.LibraryDeployment;
import org.learningsociety.workflow.officer.OfficerProvisioning;
import org.learningsociety.workflow.officer.OfficerResults.RoleGranted;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ward's portal with the starter added, started whole on a random port and spoken to over HTTP as
 * a browser and a client would: its own login, its own rule for Tasklist, its own process
 * {@code register}, its own JSON style and its two databases behave as before, while the library's API
 * keeps its documented field names, its cycle gives the library's groups their tasks, and the portal's
 * own staff reach the API with their portal login, as far as the library roles given to them allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.datasource.url=jdbc:h2:mem:existing-portal;DB_CLOSE_DELAY=-1",
        "portal.audit-datasource.url=jdbc:h2:mem:existing-portal-audit;DB_CLOSE_DELAY=-1",
        "learning-society.evidence.directory=target/evidence"})
class ExistingPortalTest {

    private static final String STAFF = "canbomotcua";
    private static final String STAFF_PASSWORD = "matkhau-canbo";
    private static final String CITIZEN = "congdan";
    private static final String CITIZEN_PASSWORD = "matkhau-congdan";
    /** Camunda's administrator the portal had configured before (camunda.bpm.admin-user). */
    private static final String ADMIN = "quantri";
    private static final String LIBRARY_API = "/api/learning-society/v1";
    private static final String THANH_DONG = "10507";
    /** Another ward of Hải Phòng, outside the desk officer's. */
    private static final String HAI_DUONG_WARD = "10525";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    DataSource primary;
    @Autowired
    @Qualifier(PortalDatabases.AUDIT)
    DataSource audit;
    @Autowired
    LearningSocietyDatabase libraryDatabase;
    @Autowired
    OfficerProvisioning officers;

    @Test
    void itsUsersStillLogInThroughItsOwnPageAndAWrongPasswordIsRefused() {
        PortalClient anonymous = new PortalClient(port);
        assertThat(redirect(anonymous.get("/don-dang-ky"))).endsWith("/dang-nhap");
        assertThat(anonymous.get("/dang-nhap").body()).contains("Cổng một cửa phường Thành Đông", "Đăng nhập");

        // a wrong password: a user of its own, refused by its own page (not the user the test logs in with next)
        PortalClient wrong = new PortalClient(port);
        assertThat(redirect(wrong.logIn(CITIZEN, "sai-mat-khau"))).endsWith("/dang-nhap?error");
        assertThat(redirect(wrong.get("/don-dang-ky"))).endsWith("/dang-nhap");

        PortalClient staff = new PortalClient(port);
        assertThat(redirect(staff.logIn(STAFF, STAFF_PASSWORD))).endsWith("/don-dang-ky");
        HttpResponse<String> page = staff.get("/don-dang-ky");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đơn đăng ký của công dân", STAFF);
    }

    @Test
    void tasklistStaysBehindItsRuleAndItsStaffOpenItLoggedIn() throws Exception {
        PortalClient anonymous = new PortalClient(port);
        assertThat(redirect(anonymous.get("/camunda/app/tasklist/"))).endsWith("/dang-nhap");
        assertThat(redirect(anonymous.get("/camunda/api/engine/engine/default/task"))).endsWith("/dang-nhap");

        PortalClient citizen = new PortalClient(port);
        assertThat(redirect(citizen.logIn(CITIZEN, CITIZEN_PASSWORD))).isNotNull();
        assertThat(citizen.get("/camunda/app/tasklist/").statusCode()).isEqualTo(403);

        PortalClient staff = new PortalClient(port);
        staff.logIn(STAFF, STAFF_PASSWORD);
        HttpResponse<String> tasklist = staff.get("/camunda/app/tasklist/");
        if (tasklist.statusCode() == 302) { // Camunda's own redirect to the default engine's Tasklist
            assertThat(redirect(tasklist)).contains("/camunda/app/tasklist/");
            tasklist = staff.get(java.net.URI.create(redirect(tasklist)).getPath());
        }
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).contains("Camunda Tasklist");
        // Tasklist knows the portal's user without a second login, with its role as a group
        HttpResponse<String> user = staff.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        JsonNode who = JSON.readTree(user.body());
        assertThat(who.path("userId").asText()).isEqualTo(STAFF);
        assertThat(who.path("authorizedApps").toString()).contains("tasklist");
    }

    @Test
    void itsOwnProcessRegisterRunsForItsRequestsAndItsJsonStaysSnakeCase() throws Exception {
        PortalClient staff = new PortalClient(port);
        staff.logIn(STAFF, STAFF_PASSWORD);
        HttpResponse<String> received = staff.submitForm("/don-dang-ky", "/don-dang-ky",
                Map.of("fullName", "Nguyễn Thị Hoà", "subject", "Xác nhận thông tin cư trú"));
        assertThat(redirect(received)).endsWith("/don-dang-ky");

        HttpResponse<String> list = staff.get("/api/don-dang-ky");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode request = JSON.readTree(list.body()).get(0);
        assertThat(request.path("full_name").asText()).isEqualTo("Nguyễn Thị Hoà");
        assertThat(request.has("request_id")).isTrue();
        assertThat(request.has("submitted_at")).isTrue();
        assertThat(request.has("fullName")).isFalse();

        // the request's instance is of the portal's own definition, with the portal's own task for its staff
        String instanceId = request.path("process_instance_id").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertItIsThePortals(repository.getProcessDefinition(instance.getProcessDefinitionId()));
        Task review = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(review.getName()).isEqualTo("Xét đơn đăng ký");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).taskCandidateGroup("staff").count()).isEqualTo(1);

        // started by its key, as any code of the portal starts it
        ProcessInstance byKey = runtime.startProcessInstanceByKey("register",
                Map.of("requestId", 0L, "fullName", "Trần Văn Bình", "subject", "Đăng ký tạm trú"));
        assertItIsThePortals(repository.getProcessDefinition(byKey.getProcessDefinitionId()));
        assertThat(tasks.createTaskQuery().processInstanceId(byKey.getId()).singleResult().getName())
                .isEqualTo("Xét đơn đăng ký");

        // the request in its business database, who received it in its audit store
        long id = request.path("request_id").asLong();
        assertThat(JdbcClient.create(primary).sql("SELECT full_name FROM don_dang_ky WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("Nguyễn Thị Hoà");
        assertThat(JdbcClient.create(audit).sql("SELECT actor || ' ' || action FROM audit_entry WHERE subject = ?")
                .param("DON-" + id).query(String.class).list()).containsExactly(STAFF + " tiếp nhận đơn");
    }

    @Test
    void theLibrarysApiKeepsItsDocumentedFieldNames() throws Exception {
        PortalClient client = new PortalClient(port);
        HttpResponse<String> unit = client.get(LIBRARY_API + "/units/" + THANH_DONG, ADMIN, ADMIN);
        assertThat(unit.statusCode()).isEqualTo(200);
        JsonNode thanhDong = JSON.readTree(unit.body());
        assertThat(thanhDong.path("name").asText()).isEqualTo("Phường Thành Đông");
        assertThat(thanhDong.path("parentCode").asText()).isEqualTo("31");
        assertThat(thanhDong.has("parent_code")).isFalse();
        assertThat(thanhDong.has("validFrom")).isTrue();
    }

    @Test
    void theLibrarysCycleGivesTheLibrarysGroupItsFirstTask() throws Exception {
        int year = LocalDate.now().getYear() + 1;
        PortalClient client = new PortalClient(port);
        HttpResponse<String> started = client.postJson(LIBRARY_API + "/campaigns",
                JSON.writeValueAsString(Map.of("unitCode", THANH_DONG, "year", year, "model", "FAMILY")), ADMIN, ADMIN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).path("businessKey").asText()).isEqualTo("FAMILY:" + year + ":" + THANH_DONG);

        // the cycle's registration (a call activity of the library's annual cycle) opens the association's task
        String association = CandidateGroups.association(THANH_DONG);
        List<Task> associationTasks = List.of();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (associationTasks.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            associationTasks = tasks.createTaskQuery().taskCandidateGroup(association).list();
        }
        assertThat(associationTasks).as("a task of the group %s", association).isNotEmpty();
        for (Task task : associationTasks) {
            ProcessDefinition definition = repository.getProcessDefinition(task.getProcessDefinitionId());
            assertThat(repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                    .getSource()).as(definition.getKey()).isEqualTo(LibraryDeployment.SOURCE);
        }
        assertThat(associationTasks).extracting(Task::getName)
                .anySatisfy(name -> assertThat(name).startsWith("Đóng sớm đợt đăng ký"));
        // and none of the portal's own staff tasks came from it
        assertThat(tasks.createTaskQuery().taskCandidateGroup("staff").list())
                .allSatisfy(task -> assertThat(task.getName()).isEqualTo("Xét đơn đăng ký"));
    }

    @Test
    void itsStaffGivenALibraryRoleFindTheLibrarysTasksInTasklist() throws Exception {
        // the portal gives its desk officer the association's role in the ward, through the library's service
        RoleGranted granted = officers.grant(STAFF, OfficerRole.ASSOCIATION, THANH_DONG);
        assertThat(granted.groupId()).isEqualTo(OfficerRole.ASSOCIATION.groupId(THANH_DONG));
        int year = LocalDate.now().getYear() + 1;
        PortalClient client = new PortalClient(port);
        HttpResponse<String> started = client.postJson(LIBRARY_API + "/campaigns",
                JSON.writeValueAsString(Map.of("unitCode", THANH_DONG, "year", year, "model", "CLAN")), ADMIN, ADMIN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);

        // logged in at the portal's page, the officer finds the cycle's task in Tasklist's own API
        PortalClient staff = new PortalClient(port);
        staff.logIn(STAFF, STAFF_PASSWORD);
        String clanTask = "Đóng sớm đợt đăng ký – Dòng họ học tập năm " + year;
        List<String> names = List.of();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!names.contains(clanTask) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            HttpResponse<String> mine = staff.get("/camunda/api/engine/engine/default/task?candidateUser=" + STAFF);
            assertThat(mine.statusCode()).isEqualTo(200);
            names = JSON.readTree(mine.body()).findValuesAsText("name");
        }
        assertThat(names).contains(clanTask);
    }

    @Test
    void itsStaffGivenALibraryRoleCallTheLibrarysApiWithTheirSessionAndCsrfTokenOrTheirPortalPassword()
            throws Exception {
        officers.grant(STAFF, OfficerRole.ASSOCIATION, THANH_DONG);
        // logged in at the portal's page only: its pages' scripts call the API with the session cookie
        PortalClient staff = new PortalClient(port);
        assertThat(redirect(staff.logIn(STAFF, STAFF_PASSWORD))).endsWith("/don-dang-ky");
        assertThat(staff.get(LIBRARY_API + "/subjects?unit=" + THANH_DONG).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = staff.get(LIBRARY_API + "/subjects?unit=" + HAI_DUONG_WARD);
        assertProblem(elsewhere, 403);

        // a cookie authenticates, so a change needs the portal's CSRF token: a forged cross-site POST has none
        String campaign = JSON.writeValueAsString(Map.of("unitCode", THANH_DONG,
                "year", LocalDate.now().getYear() + 1, "model", "COMMUNITY"));
        assertProblem(staff.postJsonInSession(LIBRARY_API + "/campaigns", campaign, null), 403);
        HttpResponse<String> started = staff.postJsonInSession(LIBRARY_API + "/campaigns", campaign,
                staff.csrfToken("/don-dang-ky"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).path("businessKey").asText()).startsWith("COMMUNITY:");

        // a script of the portal's staff, with the portal's password over HTTP basic
        PortalClient script = new PortalClient(port);
        assertThat(script.get(LIBRARY_API + "/subjects?unit=" + THANH_DONG, STAFF, STAFF_PASSWORD).statusCode())
                .isEqualTo(200);
        assertProblem(script.get(LIBRARY_API + "/subjects?unit=" + THANH_DONG, STAFF, "sai-mat-khau"), 401);
    }

    @Test
    void itsCitizensAreRefusedTheLibrarysApiAndAnonymousCallersGetAProblemNotItsLoginPage() throws Exception {
        PortalClient citizen = new PortalClient(port);
        assertThat(redirect(citizen.logIn(CITIZEN, CITIZEN_PASSWORD))).isNotNull();
        // logged in to the portal, but no role of the library's
        assertProblem(citizen.get(LIBRARY_API + "/subjects?unit=" + THANH_DONG), 403);
        assertProblem(new PortalClient(port).get(LIBRARY_API + "/subjects?unit=" + THANH_DONG,
                CITIZEN, CITIZEN_PASSWORD), 403);

        HttpResponse<String> anonymous = new PortalClient(port).get(LIBRARY_API + "/subjects?unit=" + THANH_DONG);
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("Location")).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(status);
    }

    @Test
    void theLibraryAndTheEngineLiveInThePrimaryDatabaseAndTheAuditStoreKeepsItsOwn() {
        assertThat(libraryDatabase.isOn(primary)).isTrue();
        assertThat(tables(primary)).contains("ACT_RE_PROCDEF", "LS_SCHEMA_HISTORY", "DON_DANG_KY");
        assertThat(tables(audit)).contains("AUDIT_ENTRY")
                .noneMatch(table -> table.startsWith("ACT_") || table.startsWith("LS_") || table.equals("DON_DANG_KY"));
    }

    private static List<String> tables(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .query(String.class).list();
    }

    private void assertItIsThePortals(ProcessDefinition definition) {
        assertThat(definition.getKey()).isEqualTo("register");
        assertThat(definition.getName()).isEqualTo("Tiếp nhận đơn đăng ký");
        assertThat(definition.getResourceName()).endsWith("processes/register.bpmn");
    }

    /** Where a redirect sends the browser, failing on any other answer. */
    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect from %s", response.uri()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
