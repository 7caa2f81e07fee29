package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsociety.reliability.NamedLockOwner;
import org.learningsociety.reliability.SharedClock;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * Timers on a cluster: two portal JVMs on one PostgreSQL, the job executor on both, run a commune's
 * FAMILY cycle (3 villages, 12 households) whose windows close by their timers, not early: every village's
 * batch is confirmed, but no one closes a window; the registration, self-assessment and verification
 * windows close when the engine's clock reaches the day the plans (or the configured defaults) set, the
 * recognition is signed inside its window (so its timer is cancelled, and never fires though the clock
 * passes its day), and the report, not submitted by its deadline, is taken late when its timer fires.
 *
 * <p>The nodes share a clock the test moves ({@link SharedClock}: an offset in a row both nodes poll,
 * applied to Camunda's {@code ClockUtil} and the library's clock): before each deadline, the test moves it
 * to two seconds short of the timer's due date and lets it run across. Each timer job runs once, on one
 * node (the job log's host), at or after its due date; each window ends once, at its deadline; one
 * recognition decision; the cycle ends.
 */
@Tag("reliability")
class TimersOnTwoNodesTest {

    static final int VILLAGES = 3;
    static final int PER_VILLAGE = 4;
    static final int HOUSEHOLDS = VILLAGES * PER_VILLAGE;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The plan in force for Phường Thành Đông (Hải Phòng): its timeline dates the cycle's timers. */
    static final String PLAN = "hai-phong-46-kh-ubnd-2022";
    static final Duration WAIT = Duration.ofSeconds(60);
    /** How far short of a due date the clock is moved: the timer fires as the running clock crosses it. */
    static final Duration SHORT_OF_DUE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private final List<PortalJvm> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private final Map<String, String> firedBy = new LinkedHashMap<>();

    @AfterEach
    void stopEverything() throws Exception {
        nodes.forEach(PortalJvm::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachWindowClosesAtItsTimerOnceOnOneNodeAndTheCycleFinishes() throws Exception {
        long started = System.nanoTime();
        postgres = EmbeddedPostgres.start();
        update("CREATE TABLE reliability_clock (offset_millis BIGINT NOT NULL)");
        update("INSERT INTO reliability_clock (offset_millis) VALUES (0)");
        update("CREATE TABLE reliability_clock_seen (node VARCHAR(20) PRIMARY KEY, offset_millis BIGINT NOT NULL)");
        // Camunda creates its tables with no lock between nodes: node-b once node-a's engine exists
        PortalJvm a = start("node-a");
        assertThat(a.awaitOutput(CrashTest.START, "ENGINE-00001")).as("node-a's process engine created").isTrue();
        PortalJvm b = start("node-b");
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.awaitReady(CrashTest.START)),
                CompletableFuture.runAsync(() -> b.awaitReady(CrashTest.START))).join();
        lap("both nodes ready", started);
        CycleClient onA = new CycleClient(a, ReliabilityCycle.YEAR);
        CycleClient onB = new CycleClient(b, ReliabilityCycle.YEAR);
        IntFunction<CycleClient> nodeOf = v -> v % 2 == 1 ? onA : onB;
        Map<String, LocalDate> planned = timeline(onA);

        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).addVillage(v);
            nodeOf.apply(v).addHouseholds(v, first(v), PER_VILLAGE);
        }
        onA.startCampaign();

        // registration: every village confirmed, the window stays open until its timer
        onB.awaitTasks("registerBatch", VILLAGES, WAIT);
        for (int v = 1; v <= VILLAGES; v++) {
            assertThat(nodeOf.apply(v).register(v, first(v), PER_VILLAGE)).containsOnly("CREATED");
        }
        confirmVillages(nodeOf, "registerBatch");
        closeAtItsTimer(onA, "registrationWindowCloses", "closeRegistrationEarly", planned);

        onA.awaitTasks("selfAssessBatch", VILLAGES, WAIT);
        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).selfAssess(v, first(v), PER_VILLAGE);
        }
        confirmVillages(nodeOf, "selfAssessBatch");
        closeAtItsTimer(onB, "selfAssessmentWindowCloses", "closeSelfAssessmentEarly", planned);

        onA.awaitTasks("verifyBatch", VILLAGES, WAIT);
        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).verify(v, first(v), PER_VILLAGE);
        }
        confirmVillages(nodeOf, "verifyBatch");
        closeAtItsTimer(onA, "verificationWindowCloses", "closeVerificationEarly", planned);
        lap("registration, self-assessment and verification closed by their timers", started);

        // recognition: signed ten days before its window closes; its timer is then cancelled
        String recognitionTask = onB.awaitTasks("recogniseCommune", 1, WAIT).get(0);
        Timer recognitionTimer = awaitTimer("recognitionWindowCloses");
        assertThat(dayOf(recognitionTimer.due())).isEqualTo(planned.get("recognitionWindowCloses"));
        LocalDate signedOn = dayOf(recognitionTimer.due()).minusDays(10);
        moveClockTo(signedOn.atTime(9, 0).atZone(VIETNAM).toInstant());
        onB.complete(recognitionTask, Map.of("decisionNumber", ReliabilityCycle.DECISION,
                "decisionDate", signedOn.toString(), "signer", "Nguyễn Văn An"));
        // the asynchronous recognition and commendation proposal ran: the report's task, with its deadline
        onA.awaitTasks("submitReport", 1, WAIT);
        assertThat(jobExists(recognitionTimer.jobId())).as("the recognition window's timer, once signed").isFalse();
        closeAtItsTimer(onB, "reportDeadline", "submitReport", planned);
        String late = onA.awaitTasks("submitLateReport", 1, WAIT).get(0);
        onA.complete(late, Map.of("reportNumber", "210/BC-UBND",
                "reportDate", LocalDate.ofInstant(clockNow(), VIETNAM).toString()));
        lap("recognised, reported late", started);

        assertCycleEnded(onA);
        assertThat(one("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ IS NOT NULL")).as("jobs left").isZero();
        CompletableFuture.allOf(CompletableFuture.runAsync(a::stop), CompletableFuture.runAsync(b::stop)).join();
        lap("whole test", started);

        try (Connection connection = connection()) {
            ReliabilityCycle.assertDatabase(connection, HOUSEHOLDS);
            // the cycle's jobs: those of the annual cycle and the processes it called (not, say, the engine's
            // history cleanup, which a host's night window may schedule)
            String cycle = "ACT_HI_JOB_LOG WHERE ROOT_PROC_INST_ID_ = (SELECT ID_ FROM ACT_HI_PROCINST"
                    + " WHERE PROC_DEF_KEY_ = '" + LibraryKeys.ANNUAL_CYCLE + "')";
            // every job of the cycle ran exactly once: the four timers that fired, the three batch lists, the
            // recognition and the commendation proposal; none failed, none ran on two nodes
            assertThat(ReliabilityCycle.grouped(connection, "SELECT ACT_ID_, COUNT(*) FROM " + cycle
                    + " AND JOB_STATE_ = 2 GROUP BY ACT_ID_")).as("successful runs by activity")
                    .containsOnly(Map.entry("registrationWindowCloses", 1L), Map.entry("selfAssessmentWindowCloses", 1L),
                            Map.entry("verificationWindowCloses", 1L), Map.entry("reportDeadline", 1L),
                            Map.entry("prepareBatches", 3L), Map.entry("issueRecognition", 1L),
                            Map.entry("proposeCommendations", 1L));
            assertThat(ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM " + cycle + " AND JOB_STATE_ = 1"))
                    .as("failed job runs").isZero();
            assertThat(ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM " + cycle
                    + " AND JOB_STATE_ = 2 GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice")).as("jobs run twice").isZero();
            assertThat(ReliabilityCycle.grouped(connection, "SELECT HOSTNAME_, COUNT(*) FROM " + cycle
                    + " AND JOB_STATE_ = 2 GROUP BY HOSTNAME_").keySet()).as("the nodes that ran jobs")
                    .isSubsetOf("node-a", "node-b");
            // each timer fired at or after its due date, as the running clock crossed it, never before
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT ACT_ID_, JOB_DUEDATE_, TIMESTAMP_ FROM " + cycle + " AND JOB_STATE_ = 2"
                            + " AND JOB_DEF_TYPE_ LIKE 'timer%'")) {
                while (rows.next()) {
                    Instant due = rows.getTimestamp(2).toInstant();
                    Instant fired = rows.getTimestamp(3).toInstant();
                    assertThat(fired).as("%s fired", rows.getString(1)).isAfterOrEqualTo(due)
                            .isBefore(due.plus(WAIT));
                }
            }
            // the recognition window's timer was created and cancelled with the signed window, never run
            assertThat(ReliabilityCycle.grouped(connection, "SELECT CAST(JOB_STATE_ AS VARCHAR), COUNT(*)"
                    + " FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'recognitionWindowCloses' GROUP BY JOB_STATE_"))
                    .as("the recognition timer's log: created, deleted").containsOnly(Map.entry("0", 1L), Map.entry("3", 1L));
            // each window ended once, at its deadline, none early; the cycle ended with the late report
            assertThat(ReliabilityCycle.grouped(connection, "SELECT ACT_ID_, COUNT(*) FROM ACT_HI_ACTINST"
                    + " WHERE ACT_TYPE_ LIKE '%EndEvent' AND END_TIME_ IS NOT NULL GROUP BY ACT_ID_"))
                    .containsEntry("registrationClosedAtDeadline", 1L).containsEntry("selfAssessmentClosedAtDeadline", 1L)
                    .containsEntry("verificationClosedAtDeadline", 1L).containsEntry("recognised", 1L)
                    .containsEntry("reportedLate", 1L)
                    .doesNotContainKeys("registrationClosedEarly", "selfAssessmentClosedEarly", "verificationClosedEarly",
                            "recognitionWindowMissed", "cycleCompleted");
            System.out.println("timers on two nodes: successful job runs by activity and node " + ReliabilityCycle.grouped(
                    connection, "SELECT ACT_ID_ || ' on ' || HOSTNAME_, COUNT(*) FROM " + cycle + " AND JOB_STATE_ = 2"
                            + " GROUP BY ACT_ID_, HOSTNAME_"));
        }
        firedBy.forEach((timer, line) -> System.out.printf("timers on two nodes: %s %s%n", timer, line));
    }

    /** The ids of the cycle's timers and the day the deployed cycle's timeline gives each for the plan. */
    private static Map<String, LocalDate> timeline(CycleClient client) {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        JsonNode view = client.get(CycleClient.API + "/timelines?year=" + ReliabilityCycle.YEAR + "&plan=" + PLAN);
        view.get("timers").forEach(timer -> {
            if (timer.hasNonNull("date")) {
                days.put(timer.get("elementId").asText(), LocalDate.parse(timer.get("date").asText()));
            }
        });
        assertThat(days).as("the timeline of %s: %s", PLAN, view).containsKeys("registrationWindowCloses",
                "selfAssessmentWindowCloses", "verificationWindowCloses", "recognitionWindowCloses", "reportDeadline");
        return days;
    }

    /** The officers confirm every village's batch task, through the village's node. */
    private static void confirmVillages(IntFunction<CycleClient> nodeOf, String batchTask) {
        List<String> open = nodeOf.apply(1).awaitTasks(batchTask, VILLAGES, WAIT);
        for (int i = 0; i < open.size(); i++) {
            nodeOf.apply(i + 1).complete(open.get(i), Map.of());
        }
    }

    /**
     * The window the timer {@code timerId} closes is still open ({@code openTask} waits, the timer with it)
     * with the clock before its day; the shared clock is moved to {@link #SHORT_OF_DUE} before the due date,
     * and the timer fires once the clock reaches it: the timer's job gone, its run in the job log.
     */
    private void closeAtItsTimer(CycleClient client, String timerId, String openTask, Map<String, LocalDate> planned)
            throws SQLException {
        Timer timer = awaitTimer(timerId);
        assertThat(dayOf(timer.due())).as("the day %s is due", timerId).isEqualTo(planned.get(timerId));
        assertThat(clockNow()).as("the clock before %s", timerId).isBefore(timer.due());
        assertThat(client.openTasks(openTask)).as("%s while the window is open", openTask).hasSize(1);
        moveClockTo(timer.due().minus(SHORT_OF_DUE));
        long deadline = System.nanoTime() + WAIT.toNanos();
        String fired = firedBy(timer.jobId());
        while (fired == null && System.nanoTime() < deadline) {
            PortalJvm.sleep(100);
            fired = firedBy(timer.jobId());
        }
        assertThat(fired).as("%s fired within %s of the clock reaching it", timerId, WAIT).isNotNull();
        assertThat(jobExists(timer.jobId())).isFalse();
        firedBy.put(timerId, "due " + timer.due().atZone(VIETNAM).toOffsetDateTime() + ", " + fired);
    }

    private record Timer(String jobId, Instant due) { }

    /** The one timer job of {@code activityId}, once the engine has created it. */
    private Timer awaitTimer(String activityId) throws SQLException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(
                    "SELECT j.ID_, j.DUEDATE_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
                            + " WHERE d.ACT_ID_ = ?")) {
                query.setString(1, activityId);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Timer timer = new Timer(rows.getString(1), rows.getTimestamp(2).toInstant());
                        assertThat(rows.next()).as("timers of %s", activityId).isFalse();
                        return timer;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no timer job of " + activityId + " within " + WAIT);
            }
            PortalJvm.sleep(100);
        }
    }

    /** "by node-x at <time>" once the job has run successfully, else null. */
    private String firedBy(String jobId) throws SQLException {
        try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(
                "SELECT HOSTNAME_, TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = 2")) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? "fired by " + rows.getString(1) + " at "
                        + rows.getTimestamp(2).toInstant().atZone(VIETNAM).toOffsetDateTime() : null;
            }
        }
    }

    private boolean jobExists(String jobId) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = ?")) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /**
     * Moves both nodes' clocks to {@code target} (from which they run on), once no job is locked: a node
     * whose clock jumped would take a job the other holds for one whose lock had expired, which a cluster
     * whose time runs evenly never sees. Returns when both nodes have applied the new offset.
     */
    private void moveClockTo(Instant target) throws SQLException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (one("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a job is still locked after " + WAIT);
            }
            PortalJvm.sleep(50);
        }
        long offset = target.toEpochMilli() - System.currentTimeMillis();
        update("UPDATE reliability_clock SET offset_millis = " + offset);
        while (one("SELECT COUNT(*) FROM reliability_clock_seen WHERE offset_millis = "
                + offset) < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the nodes did not take the clock's offset " + offset + " within " + WAIT);
            }
            PortalJvm.sleep(20);
        }
    }

    /** The nodes' (shared) time now. */
    private Instant clockNow() throws SQLException {
        return Instant.now().plusMillis(one("SELECT offset_millis FROM reliability_clock"));
    }

    /** The cycle ended, nothing running, no incident; every household registered, recognised as scored. */
    private static void assertCycleEnded(CycleClient client) {
        assertThat(client.count("/engine-rest/history/process-instance/count?processDefinitionKey=learning-society.annual-cycle"
                + "&finished=true&processInstanceBusinessKey=" + client.businessKey().replace(":", "%3A"))).isOne();
        assertThat(client.count("/engine-rest/process-instance/count")).as("process instances running").isZero();
        assertThat(client.count("/engine-rest/incident/count")).as("incidents").isZero();
        assertThat(client.attainment().get("registered").asLong()).isEqualTo(HOUSEHOLDS);
        assertThat(client.attainment().get("recognised").asLong())
                .isEqualTo(ReliabilityCycle.expectedRecognised(HOUSEHOLDS)).isPositive();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }

    private static int first(int v) {
        return (v - 1) * PER_VILLAGE;
    }

    private Connection connection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private long one(String sql) throws SQLException {
        try (Connection connection = connection()) {
            return ReliabilityCycle.one(connection, sql);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private PortalJvm start(String name) {
        List<String> arguments = new ArrayList<>();
        for (String argument : ReliabilityCycle.portalArguments(name)) {
            // the shared clock beside the named lock owner
            arguments.add(argument.equals("--spring.main.sources=" + NamedLockOwner.class.getName())
                    ? argument + "," + SharedClock.class.getName() : argument);
        }
        assertThat(arguments).contains("--spring.main.sources=" + NamedLockOwner.class.getName() + ","
                + SharedClock.class.getName());
        arguments.addAll(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // the job log (ACT_HI_JOB_LOG) is written at history level full only: the test reads it
                "--camunda.bpm.history-level=full",
                "--logging.level.org.learningsociety.reliability=INFO"));
        PortalJvm node = PortalJvm.start(name, dir.resolve(name), arguments);
        nodes.add(node);
        return node;
    }

    private static void lap(String what, long since) {
        System.out.printf("timers on two nodes: %s after %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
