package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on PostgreSQL, through its {@code postgres} profile: the same start (units, plans,
 * criteria, demo data, a running cycle) and the same API answers as on H2.
 */
@Order(Integer.MAX_VALUE)
@ActiveProfiles("postgres")
// the demo of Thành Đông and Hải Dương only: the generated city is H2's (PortalContextTest) to carry
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-city=false")
class PortalOnPostgresTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Test
    void startsWithTheDemoDataAndAnswersTheApi() throws Exception {
        ResponseEntity<String> report = http.withBasicAuth("thidua.haiphong", "demo").getForEntity(
                "/api/learning-society/v1/reports/attainment?unit=10507&year=2025&model=FAMILY", String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(report.getBody());
        assertThat(body.get("recognised").asLong()).isPositive();
        assertThat(http.withBasicAuth("hoikhuyenhoc.haiduong", "demo").getForEntity(
                "/api/learning-society/v1/units/10507", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity(
                "/engine-rest/process-instance/count?processDefinitionKey=learning-society.annual-cycle&businessKey=FAMILY:2026:10507", String.class).getBody())
                .contains("\"count\":1");
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }
}
