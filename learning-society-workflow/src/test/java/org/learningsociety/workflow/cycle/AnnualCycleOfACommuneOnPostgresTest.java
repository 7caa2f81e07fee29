package org.learningsociety.workflow.cycle;

import org.learningsociety.workflow.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole annual cycle on an embedded PostgreSQL, started once for the JVM. */
@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.name=annual-cycle-postgres",
        "camunda.bpm.process-engine-name=annual-cycle-postgres",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class AnnualCycleOfACommuneOnPostgresTest extends AnnualCycleOfACommuneTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedPostgresServer.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
