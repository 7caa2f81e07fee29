package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The portal on H2: its security model end to end, the demo data, the OpenAPI document. */
@org.junit.jupiter.api.Order(1)
class PortalSmokeTest extends PortalContextTest {

    private static final String REPORT = "/api/learning-society/v1/reports/attainment?year=2025&model=FAMILY&unit=";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void reportsTheDemoCommunesRecognitionsToItsOfficer() throws Exception {
        ResponseEntity<String> report = http.withBasicAuth("hoikhuyenhoc.thanhdong", "demo")
                .getForEntity(REPORT + DemoData.THANH_DONG, String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(report.getBody());
        assertThat(body.get("subjects").asLong()).isGreaterThanOrEqualTo(300);
        assertThat(body.get("recognised").asLong()).isPositive();
        assertThat(body.get("children")).hasSize(4);
    }

    @Autowired
    org.learningsociety.core.indicator.CitizenCounts citizenCounts;
    @Autowired
    org.learningsociety.core.unit.UnitDirectory units;

    /** The ward's citizen indicators on 31 December 2025, as the README states them, summed over its units. */
    @Test
    void computesTheDemoWardsCitizenIndicatorsFromItsMemberLists() throws Exception {
        java.time.LocalDate lastDay = java.time.LocalDate.of(2025, 12, 31);
        var ward = units.subtreeOf(units.unitOn(DemoData.THANH_DONG, lastDay), lastDay).stream()
                .map(org.learningsociety.core.unit.AdministrativeUnit::id).toList();
        java.util.function.BiFunction<org.learningsociety.core.subject.LearningModel,
                org.learningsociety.core.subject.MemberRole, String> rate = (within, role) -> citizenCounts
                .countsByUnit(ward, 2025, within, role, lastDay).values().stream()
                .reduce(org.learningsociety.core.indicator.Ratio.ZERO, org.learningsociety.core.indicator.Ratio::plus)
                .toString();

        assertThat(rate.apply(org.learningsociety.core.subject.LearningModel.FAMILY,
                org.learningsociety.core.subject.MemberRole.WORKER)).isEqualTo("Ratio[numerator=39, denominator=75]");
        assertThat(rate.apply(org.learningsociety.core.subject.LearningModel.CLAN,
                org.learningsociety.core.subject.MemberRole.WORKER)).isEqualTo("Ratio[numerator=5, denominator=7]");
        assertThat(rate.apply(org.learningsociety.core.subject.LearningModel.UNIT,
                org.learningsociety.core.subject.MemberRole.CADRE)).isEqualTo("Ratio[numerator=9, denominator=14]");
        JsonNode households = json.readTree(http.withBasicAuth("hoikhuyenhoc.thanhdong", "demo").getForEntity(
                "/api/learning-society/v1/subjects?unit=10507&model=FAMILY&externalId=HGD-10507-0001",
                String.class).getBody());
        JsonNode members = json.readTree(http.withBasicAuth("hoikhuyenhoc.thanhdong", "demo").getForEntity(
                "/api/learning-society/v1/subjects/" + households.at("/items/0/id").asLong() + "/members?on=2025-12-31",
                String.class).getBody());
        assertThat(members.get("members").size()).isGreaterThanOrEqualTo(3);
        assertThat(members.at("/members/0/role").asText()).isEqualTo("WORKER");
    }

    @Test
    void letsTheProvinceOfficerAndTheAdministratorSeeTheProvince() {
        assertThat(http.withBasicAuth("thidua.haiphong", "demo").getForEntity(REPORT + DemoData.HAI_PHONG,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("thidua.haiphong", "demo").getForEntity(REPORT + DemoData.THANH_DONG,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity(REPORT + "01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAnotherCommunesOfficerAndTheProvinceToACommuneOfficer() {
        ResponseEntity<String> refused = http.withBasicAuth("hoikhuyenhoc.haiduong", "demo")
                .getForEntity(REPORT + DemoData.THANH_DONG, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).contains("Phường Thành Đông");
        assertThat(http.withBasicAuth("ubnd.thanhdong", "demo").getForEntity(REPORT + DemoData.HAI_PHONG,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(REPORT + DemoData.THANH_DONG, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void protectsTheEngineRestApiWithBasicAuthentication() {
        assertThat(http.getForEntity("/engine-rest/task/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> count = http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/process-instance/count?processDefinitionKey=learning-society.annual-cycle&businessKey=FAMILY:2026:10507", String.class);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count.getBody()).contains("\"count\":1");
        // the engine's authorizations: another commune's officer sees none of Thành Đông's tasks, only
        // those of Hải Dương's own cycle
        assertThat(http.withBasicAuth("hoikhuyenhoc.haiduong", "demo")
                .getForEntity("/engine-rest/task/count?processInstanceBusinessKeyLike=%:10507", String.class)
                .getBody()).contains("\"count\":0");
        assertThat(http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/task/count?processInstanceBusinessKeyLike=%:10507", String.class)
                .getBody()).doesNotContain("\"count\":0");
        assertThat(http.withBasicAuth("hoikhuyenhoc.haiduong", "demo").getForEntity(
                "/engine-rest/task/count?processInstanceBusinessKey=FAMILY:2027:10525", String.class).getBody())
                .doesNotContain("\"count\":0");
    }

    @Test
    void sendsPortalPagesToTheLoginForm() {
        ResponseEntity<String> page = http.getForEntity("/dashboard", String.class);
        assertThat(page.getBody()).contains("Đăng nhập");
    }

    @Test
    void publishesTheOpenApiDocument() {
        ResponseEntity<String> doc = http.getForEntity("/v3/api-docs", String.class);
        assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(doc.getBody()).contains("/api/learning-society/v1/units/{code}", "/api/learning-society/v1/campaigns");
        // the starter's summaries (its Javadoc, read through therapi), problems and Vietnamese examples
        assertThat(doc.getBody()).contains("\"summary\":\"A unit as it stood on a date", "application/problem+json",
                "Phường Thành Đông");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
