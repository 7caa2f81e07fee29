package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.portal.ReliabilityCycle.PER_VILLAGE;
import static org.learningsociety.portal.ReliabilityCycle.VILLAGES;
import static org.learningsociety.portal.ReliabilityCycle.first;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes: Camunda 7's cluster shape, two portal JVMs on one PostgreSQL (embedded, started by the
 * test), the job executor running on both. They start together (the second once the first has created
 * Camunda's tables; one deployment of the cycle, the reference data stored once), write
 * the 10,000 households' registrations, self-assessments and verifications side by side (odd villages
 * through one node, even through the other) and complete the officers' tasks alternately. The node
 * that signs the recognition is killed with SIGKILL while its job executor holds the
 * {@code issueRecognition} job; the other takes the job once the lock expires and finishes the cycle:
 * one decision, each household recognised at most once, nothing lost.
 */
@Tag("reliability")
class TwoNodesTest {

    @TempDir
    Path dir;

    private final List<PortalJvm> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;

    @AfterEach
    void stopEverything() throws Exception {
        nodes.forEach(PortalJvm::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theSurvivingNodeFinishesTheCycleWithoutDuplicateRecognition() throws Exception {
        long started = System.nanoTime();
        postgres = EmbeddedPostgres.start();
        // Camunda creates its own tables with no lock between nodes (node-b once failed to start on a duplicate
        // ACT_GE_PROPERTY): node-b starts as soon as node-a's engine exists, while node-a goes on with the
        // library's migrations, reference data and deployment, which node-b then races
        PortalJvm a = start("node-a");
        assertThat(a.awaitOutput(CrashTest.START, "ENGINE-00001")).as("node-a's process engine created").isTrue();
        PortalJvm b = start("node-b");
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.awaitReady(CrashTest.START)),
                CompletableFuture.runAsync(() -> b.awaitReady(CrashTest.START))).join();
        lap("both nodes ready", started);
        CycleClient onA = new CycleClient(a, ReliabilityCycle.YEAR);
        CycleClient onB = new CycleClient(b, ReliabilityCycle.YEAR);
        assertThat(onA.count("/engine-rest/process-definition/count?key=learning-society.annual-cycle"))
                .as("versions of annual-cycle deployed by two nodes starting together").isOne();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM (SELECT code, valid_from"
                    + " FROM ls_unit_version GROUP BY code, valid_from HAVING COUNT(*) > 1) twice"))
                    .as("units the two nodes both stored").isZero();
            assertThat(ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM ls_plan")).isEqualTo(5);
            // versions 1..n, each once: every migration the library ships ran, none twice
            long migrations = ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM ls_schema_history");
            assertThat(migrations).as("the library's migrations, each run once").isGreaterThanOrEqualTo(6)
                    .isEqualTo(ReliabilityCycle.one(connection, "SELECT MAX(version) FROM ls_schema_history"))
                    .isEqualTo(ReliabilityCycle.one(connection, "SELECT COUNT(DISTINCT script) FROM ls_schema_history"));
        }
        IntFunction<CycleClient> nodeOf = v -> v % 2 == 1 ? onA : onB;

        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).addVillage(v);
            nodeOf.apply(v).addHouseholds(v, first(v), PER_VILLAGE);
        }
        onA.startCampaign();
        onB.awaitTasks("registerBatch", VILLAGES, ReliabilityCycle.TASKS_WAIT);
        // the registrations of odd and even villages written at the same time through the two nodes
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> registerVillages(onA, 1)),
                CompletableFuture.runAsync(() -> registerVillages(onB, 2))).join();
        ReliabilityCycle.closeWindow(nodeOf, "registerBatch", "closeRegistrationEarly");
        ReliabilityCycle.selfAssessAndVerify(nodeOf);
        lap("registered, self-assessed, verified", started);
        long registeredBefore = onA.attainment().get("registered").asLong();

        // b signs: its job executor is told of the new job first and locks it; b dies holding it
        ReliabilityCycle.signRecognition(onB);
        String owner = awaitLockOwner(Duration.ofSeconds(30));
        assertThat(owner).as("the node holding the issueRecognition job").isEqualTo("node-b");
        assertThat(b.kill()).as("exit code of SIGKILL").isEqualTo(137);
        assertThat(lockOwner()).as("the job is still there, locked by the dead node: it had not committed")
                .isEqualTo("node-b");
        assertThat(onA.attainment().get("recognised").asLong()).isZero();
        lap("node-b killed holding the job", started);

        ReliabilityCycle.report(onA, ReliabilityCycle.LOCK_TIME.plusMinutes(2));
        ReliabilityCycle.assertCycleEnded(onA);
        assertThat(onA.attainment().get("registered").asLong()).isEqualTo(registeredBefore);
        a.stop();
        lap("whole test", started);

        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            ReliabilityCycle.assertDatabase(connection);
            assertThat(ReliabilityCycle.grouped(connection, "SELECT l.HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG l"
                    + " WHERE l.ACT_ID_ = 'issueRecognition' AND l.JOB_STATE_ = 2 GROUP BY l.HOSTNAME_"))
                    .as("successful runs of issueRecognition by node").containsOnly(Map.entry("node-a", 1L));
            System.out.printf("two nodes: issueRecognition ran %.1f s%n", ReliabilityCycle.recognitionSeconds(connection));
        }
    }

    private static void registerVillages(CycleClient node, int firstVillage) {
        for (int v = firstVillage; v <= VILLAGES; v += 2) {
            assertThat(node.register(v, first(v), PER_VILLAGE)).as("village %d", v).containsOnly("CREATED");
        }
    }

    private String awaitLockOwner(Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String owner = lockOwner();
        while (owner == null && System.nanoTime() < deadline) {
            PortalJvm.sleep(20);
            owner = lockOwner();
        }
        return owner;
    }

    /** The lock owner of the issueRecognition job, null while it is not locked or not there. */
    private String lockOwner() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT j.LOCK_OWNER_ FROM ACT_RU_JOB j"
                        + " JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = 'issueRecognition'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private PortalJvm start(String name) {
        List<String> arguments = new ArrayList<>(ReliabilityCycle.portalArguments(name));
        arguments.addAll(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // the test reads which node ran the recognition's job from ACT_HI_JOB_LOG, which the engine
                // writes at history level full only (the starter's default is audit: docs/reliability.md)
                "--camunda.bpm.history-level=full"));
        PortalJvm node = PortalJvm.start(name, dir.resolve(name), arguments);
        nodes.add(node);
        return node;
    }

    private static void lap(String what, long since) {
        System.out.printf("two nodes: %s after %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
