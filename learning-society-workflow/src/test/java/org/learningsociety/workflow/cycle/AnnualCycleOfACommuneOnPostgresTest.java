package org.learningsociety.workflow.cycle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        registry.add("spring.datasource.url", () -> Postgres.INSTANCE.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** The embedded server, started on first use and stopped when the JVM exits. */
    private static final class Postgres {

        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the data directory is temporary
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
