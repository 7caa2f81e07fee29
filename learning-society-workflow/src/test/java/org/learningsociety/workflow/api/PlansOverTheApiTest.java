package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hải Phòng's emulation board changes its plan 46/KH-UBND through the API — the 2025 family target
 * from 70 % to 75 % and the city's 2021–2025 review from 31 March to 15 April 2026 — and the targets,
 * the report deadlines and the timeline answer the new version at once, without a restart; the
 * change is audited, kept when the portal restarts, and the YAML comes back as it was sent. A context
 * (and in-memory database) of its own, since it changes a plan the other API tests read.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-plans-test;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlansOverTheApiTest extends ApiContextTest {

    private static final String PLAN = "hai-phong-46-kh-ubnd-2022";
    private static final String PLANS = API + "/plans";

    @Autowired
    PlanDirectory plans;
    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    UnitDirectory units;
    @Autowired
    AuditTrail audit;
    @Autowired
    PlanVersions versions;

    static String shipped() {
        try (InputStream in = PlansOverTheApiTest.class.getClassLoader().getResourceAsStream(
                ReferenceDataLoader.PLAN_FOLDER + "/" + PLAN + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped plan (version 3) as version 4: family 2025 at 75 %, the city's review due 15 April 2026. */
    static String edited() {
        String changed = shipped().replace("version: 3\n", "version: 4\n")
                .replace("{ indicator: FAMILY_RECOGNISED, year: 2025, value: 70,",
                        "{ indicator: FAMILY_RECOGNISED, year: 2025, value: 75,")
                .replace("    level: PROVINCE\n    from: 2026-02-16\n    to: 2026-03-31\n",
                        "    level: PROVINCE\n    from: 2026-02-16\n    to: 2026-04-15\n");
        assertThat(changed).contains("version: 4\n").contains("value: 75,").contains("to: 2026-04-15");
        return changed;
    }

    private static MockHttpServletRequestBuilder yaml(String text) {
        return post(PLANS).contentType("application/yaml").content(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode familyTarget2025() throws Exception {
        return json.readTree(mvc.perform(get(API + "/targets").param("unit", THANH_DONG).param("year", "2025")
                .param("model", "FAMILY").with(thanhDong())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private LocalDate cityReviewDue() {
        LocalDate on = LocalDate.of(2026, 1, 10);
        return deadlines.dueFor(units.unitOn(HAI_PHONG, on), Plan.PROGRAMME_387, ReportPeriod.phase(2021, 2025), on)
                .orElseThrow();
    }

    private JsonNode timeline2026() throws Exception {
        return json.readTree(mvc.perform(get(API + "/timelines").param("year", "2026").param("plan", PLAN)
                .with(thanhDong())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String cityReview(JsonNode timeline) {
        for (JsonNode m : timeline.path("milestones")) {
            if (m.path("kind").asText().equals("REVIEW_2025") && m.path("level").asText().equals("PROVINCE")) {
                return m.path("due").asText();
            }
        }
        return null;
    }

    /**
     * One walk through, in order, since each step stands on the one before: the upload, its effect on
     * the figures, the refusals, the reading back, the audit and a restart.
     */
    @Test
    @Order(1)
    void aProvinceChangesATargetAndAMilestoneDateThroughTheApiAndTheyApplyAtOnceAndAfterARestart() throws Exception {
        assertThat(familyTarget2025().path("target").decimalValue()).isEqualByComparingTo("70");
        assertThat(cityReviewDue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(cityReview(timeline2026())).isEqualTo("2026-03-31");

        // a commune's officer and another province's board may not
        assertThat(mvc.perform(yaml(edited()).with(thanhDong())).andReturn().getResponse().getStatus()).isEqualTo(403);
        user("thidua.thaibinh", "thidua34");
        MockHttpServletResponse otherBoard = mvc.perform(yaml(edited()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("thidua.thaibinh", "secret"))).andReturn().getResponse();
        assertThat(otherBoard.getStatus()).isEqualTo(403);
        assertThat(json.readTree(otherBoard.getContentAsString(StandardCharsets.UTF_8)).path("detail").asText())
                .contains("Ban Thi đua – Khen thưởng của tỉnh, thành phố 31");

        // an invalid plan is refused, naming the field
        MockHttpServletResponse invalid = mvc.perform(yaml(edited().replace("year: 2025, value: 75,",
                "year: 2025, value: 175,")).with(province())).andReturn().getResponse();
        JsonNode problem = json.readTree(invalid.getContentAsString(StandardCharsets.UTF_8));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(problem.path("field").asText()).isEqualTo("targets[3].value");
        assertThat(problem.path("detail").asText()).contains("Tỷ lệ phải từ 0 đến 100, nhận được 175")
                .contains("dòng 123");
        assertThat(versions.of(PLAN)).hasSize(1);

        // Hải Phòng's board sends version 3
        MockHttpServletResponse created = mvc.perform(yaml(edited()).with(province())).andReturn().getResponse();
        JsonNode change = json.readTree(created.getContentAsString(StandardCharsets.UTF_8));
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo(PLANS + "/" + PLAN + "?version=4");
        assertThat(change.path("version").asInt()).isEqualTo(4);
        assertThat(change.path("changed").asBoolean()).isTrue();
        assertThat(change.path("changedBy").asText()).isEqualTo("thidua.haiphong");

        // read at once, no restart: the dashboard's target, the report deadline, the timeline
        JsonNode target = familyTarget2025();
        assertThat(target.path("target").decimalValue()).isEqualByComparingTo("75");
        assertThat(target.path("source").asText()).isEqualTo("STATED");
        assertThat(cityReviewDue()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(cityReview(timeline2026())).isEqualTo("2026-04-15");
        assertThat(plans.plan(PLAN).version()).isEqualTo(4);

        // the same text again changes nothing, and says so; as a multipart file upload too
        MockHttpServletResponse again = mvc.perform(multipart(PLANS).file(new MockMultipartFile("file", PLAN + ".yaml",
                "application/yaml", edited().getBytes(StandardCharsets.UTF_8))).with(province())).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getContentAsString(StandardCharsets.UTF_8)).path("message").asText())
                .isEqualTo("Nội dung trùng phiên bản 4 đang áp dụng; không có gì thay đổi");
        // the shipped version 3 after 4 is a stale edit
        assertThat(mvc.perform(yaml(shipped()).with(province())).andReturn().getResponse().getStatus()).isEqualTo(409);

        // read back: JSON with who and when, the YAML as sent, version 3 still there
        JsonNode current = json.readTree(mvc.perform(get(PLANS + "/" + PLAN).with(haiDuong())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(current.path("version").asInt()).isEqualTo(4);
        assertThat(current.path("current").asBoolean()).isTrue();
        assertThat(current.path("origin").asText()).isEqualTo("UPLOADED");
        assertThat(current.path("changedBy").asText()).isEqualTo("thidua.haiphong");
        assertThat(current.path("changedAt").asText()).isNotBlank();
        assertThat(current.path("targets").findValuesAsText("value")).isNotEmpty();
        MockHttpServletResponse text = mvc.perform(get(PLANS + "/" + PLAN).accept("application/yaml").with(haiDuong()))
                .andReturn().getResponse();
        assertThat(text.getContentType()).startsWith("application/yaml");
        assertThat(text.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(edited());
        JsonNode second = json.readTree(mvc.perform(get(PLANS + "/" + PLAN).param("version", "3").with(haiDuong()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.path("version").asInt()).isEqualTo(3);
        assertThat(second.path("current").asBoolean()).isFalse();
        assertThat(second.path("origin").asText()).isEqualTo("SHIPPED");
        assertThat(mvc.perform(get(PLANS + "/" + PLAN).param("version", "3").accept("text/yaml").with(haiDuong()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(shipped());

        // audited: who uploaded which version when, before and after
        JsonNode history = json.readTree(mvc.perform(get(PLANS + "/" + PLAN + "/versions").with(haiDuong()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(history.path("current").asInt()).isEqualTo(4);
        assertThat(history.path("versions").findValuesAsText("version")).containsExactly("4", "3");
        assertThat(history.path("versions").get(0).path("after").asText()).contains("mục tiêu FAMILY_RECOGNISED 2025 = 75");
        long versionId = versions.find(PLAN, 4).orElseThrow().id();
        List<AuditRecord> records = audit.historyOf(Audited.PLAN_VERSION, versionId);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.PLAN_CHANGED);
            assertThat(r.actor()).isEqualTo("thidua.haiphong");
            assertThat(r.before()).contains("mục tiêu FAMILY_RECOGNISED 2025 = 70").contains("2026-03-31");
            assertThat(r.after()).contains("mục tiêu FAMILY_RECOGNISED 2025 = 75").contains("2026-04-15");
        });

        // a restart on the same database loads the shipped files again and keeps the uploaded version
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ApiTestApplication.class)
                .web(WebApplicationType.NONE).properties(
                        "spring.datasource.url=jdbc:h2:mem:api-plans-test;DB_CLOSE_DELAY=-1",
                        // no web server in this second node: Camunda's REST API (a test dependency) stays out
                        "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "learning-society.reference-data.units=PROVINCES",
                        "learning-society.reference-data.provinces=31",
                        "camunda.bpm.job-execution.enabled=false",
                        "camunda.bpm.generate-unique-process-engine-name=true",
                        "camunda.bpm.generate-unique-process-application-name=true",
                        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D")
                .run()) {
            PlanDirectory after = restarted.getBean(PlanDirectory.class);
            LocalDate on = LocalDate.of(2026, 1, 10);
            assertThat(after.plan(PLAN).version()).isEqualTo(4);
            assertThat(after.recognitionTarget(units.unitOn(THANH_DONG, on), LearningModel.FAMILY, 2025, on).value())
                    .isEqualByComparingTo("75");
            assertThat(restarted.getBean(PlanVersions.class).of(PLAN)).extracting(PlanVersions.PlanVersion::version)
                    .containsExactly(4, 3);
        }
        assertThat(familyTarget2025().path("target").decimalValue()).isEqualByComparingTo("75");
    }

    @Autowired
    org.learningsociety.workflow.cycle.CampaignLauncher campaigns;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    /** The day the registration window's timer of the cycle {@code businessKey} is due, in Vietnam. */
    private LocalDate registrationCloses(String businessKey) {
        String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(LibraryKeys.ANNUAL_CYCLE).singleResult().getId();
        String register = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle).singleResult().getId();
        // the window opens after its village batches are made, asynchronously: no job executor runs here
        management.createJobQuery().processInstanceId(register).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(register).timers()
                .singleResult();
        return timer.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }

    /**
     * A cycle running when the plan changes keeps the day its open window's timer was set to; a cycle
     * started after reads the new day, and so does the running one's timer when the engine evaluates it
     * again ({@code recalculateJobDuedate}), as docs/reference-data.md tells administrators.
     */
    @Test
    @Order(2)
    void aRunningCycleKeepsItsOpenWindowsDayAndACycleStartedAfterTheChangeReadsTheNewOne() throws Exception {
        String running = campaigns.start(THANH_DONG, 2027, LearningModel.FAMILY).businessKey();
        assertThat(registrationCloses(running)).as("no plan dates it: the configured day")
                .isEqualTo(LocalDate.of(2027, 2, 28));
        String current = mvc.perform(get(PLANS + "/" + PLAN).accept("application/yaml").with(province())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        int version = Integer.parseInt(current.replaceAll("(?s).*\nversion: (\\d+)\n.*", "$1"));
        String dated = current.replace("\nversion: " + version + "\n", "\nversion: " + (version + 1) + "\n")
                .replace("\nmilestones:\n", "\nmilestones:\n  - kind: REGISTRATION\n    level: COMMUNE\n"
                        + "    monthDay: \"02-20\"\n    recurring: true\n    statedAs: \"Đăng ký trước ngày 20 tháng 2 hằng năm\"\n"
                        + "    description: Hạn đăng ký do Ban Thi đua – Khen thưởng thành phố sửa qua API\n");
        assertThat(dated).contains("version: " + (version + 1)).contains("monthDay: \"02-20\"");
        assertThat(mvc.perform(yaml(dated).with(province())).andReturn().getResponse().getStatus()).isEqualTo(201);

        assertThat(registrationCloses(running)).as("the open window keeps its timer").isEqualTo(LocalDate.of(2027, 2, 28));
        String after = campaigns.start(THANH_DONG, 2027, LearningModel.CLAN).businessKey();
        assertThat(registrationCloses(after)).isEqualTo(LocalDate.of(2027, 2, 20));

        String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(running)
                .processDefinitionKey(LibraryKeys.ANNUAL_CYCLE).singleResult().getId();
        String register = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle).singleResult().getId();
        management.recalculateJobDuedate(management.createJobQuery().processInstanceId(register).timers()
                .singleResult().getId(), false);
        assertThat(registrationCloses(running)).as("evaluated again").isEqualTo(LocalDate.of(2027, 2, 20));
    }
}
