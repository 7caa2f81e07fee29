package org.learningsociety.workflow.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One context for every API test (same configuration, so Spring caches it): the starter on an H2
 * database with Hải Phòng's units, the plans and criteria, a Camunda engine and its identity
 * service holding the officers below.
 */
@SpringBootTest(classes = ApiTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D",
        // a directory of this context's own: the in-memory database's ids start afresh in every run
        "learning-society.evidence.directory=target/api-test-evidence/${random.uuid}",
        "learning-society.evidence.max-size=64KB",
        "learning-society.api.import-directory=target/api-test-imports/${random.uuid}",
        "learning-society.api.import-max-size=1MB",
        // the test portal's officers log in as hk.thanhdong: dotted user ids are a portal's choice, Camunda's
        // default refuses them. Group ids keep Camunda's default: the library's (hoikhuyenhoc10507) pass it
        "camunda.bpm.generic-properties.properties.user-resource-whitelist-pattern=[a-zA-Z0-9._@-]+"})
@AutoConfigureMockMvc
abstract class ApiContextTest {

    static final String API = LearningSocietyApi.BASE_PATH;
    /** Phường Thành Đông, Hải Phòng, after the 2025 reform. */
    static final String THANH_DONG = "10507";
    /** Phường Hải Dương, Hải Phòng: another commune of the same city. */
    static final String HAI_DUONG = "10525";
    static final String HAI_PHONG = "31";
    private static final java.util.concurrent.atomic.AtomicInteger VILLAGES = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identity;
    @Autowired
    org.learningsociety.core.unit.AdministrativeUnits unitRepository;

    @BeforeEach
    void officers() {
        user("admin", "camunda-admin");
        user("hk.thanhdong", "hoikhuyenhoc" + THANH_DONG);
        user("hk.haiduong", "hoikhuyenhoc" + HAI_DUONG);
        user("thidua.haiphong", "thidua" + HAI_PHONG);
        user("ubnd.thanhdong", org.learningsociety.workflow.officer.OfficerRole.PEOPLES_COMMITTEE.groupId(THANH_DONG));
        user("hk.haiphong", org.learningsociety.workflow.officer.OfficerRole.ASSOCIATION.groupId(HAI_PHONG));
    }

    /** The association of the city of Hải Phòng: what an association does, in every commune of the city. */
    static RequestPostProcessor cityAssociation() {
        return httpBasic("hk.haiphong", "secret");
    }

    /** The People's Committee of Thành Đông: recognises, decides commendations, answers for personal data. */
    static RequestPostProcessor ubndThanhDong() {
        return httpBasic("ubnd.thanhdong", "secret");
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", "secret");
    }

    static RequestPostProcessor thanhDong() {
        return httpBasic("hk.thanhdong", "secret");
    }

    static RequestPostProcessor haiDuong() {
        return httpBasic("hk.haiduong", "secret");
    }

    static RequestPostProcessor province() {
        return httpBasic("thidua.haiphong", "secret");
    }

    String body(Map<String, ?> fields) throws Exception {
        return json.writeValueAsString(fields);
    }

    /** Full marks on every indicator of the set in force, with evidence where it is required. */
    String fullMarks(String model, int year) throws Exception {
        JsonNode set = json.readTree(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + "/criteria-sets")
                                .param("model", model).param("year", String.valueOf(year)).with(admin()))
                .andReturn().getResponse().getContentAsString());
        return fullMarks(json, set);
    }

    /** Full marks on every indicator of a criteria set as the API shows it, with evidence where it is required. */
    static String fullMarks(ObjectMapper json, JsonNode set) throws Exception {
        ObjectNode assessment = json.createObjectNode();
        ArrayNode scores = assessment.putArray("scores");
        ArrayNode evidence = assessment.putArray("evidence");
        for (JsonNode criterion : set.get("criteria")) {
            for (JsonNode indicator : criterion.get("indicators")) {
                scores.addObject().put("indicator", indicator.get("code").asText())
                        .put("points", indicator.get("maxPoints").asInt());
                if (indicator.get("evidenceRequired").asBoolean()) {
                    evidence.addObject().put("indicator", indicator.get("code").asText())
                            .put("reference", "tep/" + indicator.get("code").asText() + ".pdf")
                            .put("title", "Minh chứng " + indicator.get("code").asText());
                }
            }
        }
        assessment.put("note", "Đủ minh chứng");
        return json.writeValueAsString(assessment);
    }

    /** A household of {@code unit}, added by an administrator; its id. */
    long addHousehold(String unit) throws Exception {
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(API + "/subjects").with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", unit, "name", "Hộ bà Phạm Thị Lan",
                                "externalId", "HGD-" + java.util.UUID.randomUUID()))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    /** The subject's registration for {@code year}, made by an administrator; its id. */
    long registerFor(long subject, int year) throws Exception {
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(API + "/registrations").with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", year))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    /**
     * The province {@code code} under the centre, valid from 2021, added once: the national list loaded here holds
     * Hải Phòng only, and several tests of the shared context add the same other province (Thái Bình, HCMC).
     */
    synchronized org.learningsociety.core.unit.AdministrativeUnit province(String code, String name) {
        java.time.LocalDate from = java.time.LocalDate.of(2021, 1, 1);
        return unitRepository.findLatestByCode(code).orElseGet(() -> {
            var centre = unitRepository.findByCode("VN", from).orElseThrow();
            var added = new org.learningsociety.core.unit.AdministrativeUnit(unitRepository.nextIds(1), code, name,
                    org.learningsociety.core.unit.UnitLevel.PROVINCE, centre.id(),
                    org.learningsociety.core.shared.Period.from(from), null);
            unitRepository.add(added);
            return added;
        });
    }

    /** A village of its own under Thành Đông, valid from 2026: a test's counts in it are exact in the shared database. */
    String newVillage() throws Exception {
        String code = "1050" + (7000 + VILLAGES.incrementAndGet()) + (int) (Math.random() * 10);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + "/units")
                        .with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", code, "name", "Tổ dân phố " + code, "level", "VILLAGE",
                                "parentCode", THANH_DONG, "validFrom", "2026-01-01"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        return code;
    }

    /** A subject added by an administrator; its id. */
    long addSubject(String unit, String model, String name, String externalId) throws Exception {
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(API + "/subjects").with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", model, "unitCode", unit, "name", name, "externalId", externalId))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    /** Self-assesses and verifies a family's 2026 registration with full marks, as Thành Đông's officer. */
    void verifyWithFullMarks(long registration) throws Exception {
        String marks = fullMarks("FAMILY", 2026);
        for (String step : new String[] {"self-assessment", "verification"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .put(API + "/registrations/" + registration + "/" + step).with(thanhDong())
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(marks))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        }
    }

    /** The Vietnamese file name a download's RFC 6266 {@code filename*} gives. */
    static String fileName(org.springframework.mock.web.MockHttpServletResponse answer) {
        String disposition = answer.getHeader("Content-Disposition");
        org.assertj.core.api.Assertions.assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        return java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first bytes of a real (if tiny) PDF. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A user of the identity service with the password "secret", in {@code groupId}, made once. */
    void user(String id, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Cán bộ");
            user.setPassword("secret");
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        }
    }
}
