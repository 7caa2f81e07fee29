package org.learningsociety.workflow.history;

import org.learningsociety.workflow.EmbeddedPostgresServer;
import org.learningsociety.workflow.cycle.CycleTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, the national deployment's database: Camunda's cleanup deletes there with its own statements. */
@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.name=five-years-of-history-postgres",
        "camunda.bpm.process-engine-name=five-years-of-history-postgres",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class FiveYearsOfHistoryOnPostgresTest extends FiveYearsOfHistoryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase("five_years_of_history");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
