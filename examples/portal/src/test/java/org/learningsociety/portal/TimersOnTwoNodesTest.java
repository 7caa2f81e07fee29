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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsociety.reliability.NamedLockOwner;
import org.learningsociety.reliability.SharedClock;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * Timers on a cluster: two portal JVMs on one PostgreSQL, the job executor on both, run two communes' FAMILY
 * cycles of 2027 side by side — Phường Thành Đông (Hải Phòng) and Phường Sài Gòn (Hồ Chí Minh City), 3
 * villages and 12 households each — whose windows close by their timers, not early: every village's batch is
 * confirmed, but no one closes a window. The registration, self-assessment and verification windows close
 * when the engine's clock reaches the day set for them (the two cycles' timers fall due at the same instant);
 * the recognition is signed inside its window (so its timer is cancelled, and never fires though the clock
 * passes its day); Sài Gòn's commendation waits for the award round its city's plan dates (734/KH-UBND: the
 * Lifelong Learning Week in October), which a timer opens; each report, not submitted by its deadline, is
 * taken late when its timer fires.
 *
 * <p>The nodes share a clock the test moves ({@link SharedClock}: an offset in a row both nodes poll,
 * applied to Camunda's {@code ClockUtil} and the library's clock): before each due date, the test moves it
 * to a second short of it and lets it run across. Each timer job runs once, on one node (the job log's
 * host), at or after its due date; each window ends once, at its deadline; one recognition decision per
 * commune; both cycles end.
 */
@Tag("reliability")
class TimersOnTwoNodesTest {

    static final int VILLAGES = 3;
    static final int PER_VILLAGE = 4;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration WAIT = Duration.ofSeconds(60);
    /** How far short of a due date the clock is moved: the timer fires as the running clock crosses it. */
    static final Duration SHORT_OF_DUE = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private final List<PortalJvm> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private final List<String> firings = new ArrayList<>();

    /**
     * A commune's cycle driven through both nodes (odd villages through {@code onA}, even through {@code onB}),
     * its households numbered from {@code firstHousehold}, its timers' days read from {@code plan}'s timeline.
     */
    private record Cycle(String name, String commune, String plan, int firstHousehold, CycleClient onA,
            CycleClient onB, Map<String, LocalDate> planned) {

        CycleClient nodeOf(int village) {
            return village % 2 == 1 ? onA : onB;
        }

        int first(int village) {
            return firstHousehold + (village - 1) * PER_VILLAGE;
        }

        long expectedRecognised() {
            return IntStream.range(firstHousehold, firstHousehold + VILLAGES * PER_VILLAGE)
                    .filter(ReliabilityCycle::earnsTitle).count();
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        nodes.forEach(PortalJvm::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachWindowClosesAtItsTimerOnceOnOneNodeAndTheCyclesFinish() throws Exception {
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
        Cycle thanhDong = cycle("Thành Đông", "10507", "hai-phong-46-kh-ubnd-2022", 0, a, b);
        Cycle saiGon = cycle("Sài Gòn", "26740", "hcmc-734-kh-ubnd-2024", VILLAGES * PER_VILLAGE, a, b);
        List<Cycle> cycles = List.of(thanhDong, saiGon);
        assertThat(thanhDong.planned()).as("Hải Phòng's plans date no award round").doesNotContainKey("awardRoundOpens");
        assertThat(saiGon.planned()).as("734/KH-UBND dates the award round").containsKey("awardRoundOpens");

        for (Cycle cycle : cycles) {
            for (int v = 1; v <= VILLAGES; v++) {
                cycle.nodeOf(v).addVillage(v);
                cycle.nodeOf(v).addHouseholds(v, cycle.first(v), PER_VILLAGE);
            }
            cycle.onA().startCampaign();
        }

        // registration: every village confirmed, the window stays open until its timer
        for (Cycle cycle : cycles) {
            cycle.onB().awaitTasks("registerBatch", VILLAGES, WAIT);
            for (int v = 1; v <= VILLAGES; v++) {
                assertThat(cycle.nodeOf(v).register(v, cycle.first(v), PER_VILLAGE)).containsOnly("CREATED");
            }
            confirmVillages(cycle, "registerBatch");
        }
        closeAtTheirTimers(cycles, "registrationWindowCloses", "closeRegistrationEarly");

        for (Cycle cycle : cycles) {
            cycle.onA().awaitTasks("selfAssessBatch", VILLAGES, WAIT);
            for (int v = 1; v <= VILLAGES; v++) {
                cycle.nodeOf(v).selfAssess(v, cycle.first(v), PER_VILLAGE);
            }
            confirmVillages(cycle, "selfAssessBatch");
        }
        closeAtTheirTimers(cycles, "selfAssessmentWindowCloses", "closeSelfAssessmentEarly");

        for (Cycle cycle : cycles) {
            cycle.onA().awaitTasks("verifyBatch", VILLAGES, WAIT);
            for (int v = 1; v <= VILLAGES; v++) {
                cycle.nodeOf(v).verify(v, cycle.first(v), PER_VILLAGE);
            }
            confirmVillages(cycle, "verifyBatch");
        }
        closeAtTheirTimers(cycles, "verificationWindowCloses", "closeVerificationEarly");
        lap("registration, self-assessment and verification closed by their timers", started);

        // recognition: signed ten days before its window closes; its timer is then cancelled
        Map<Cycle, Timer> recognitionTimers = new LinkedHashMap<>();
        for (Cycle cycle : cycles) {
            Timer timer = awaitTimer(cycle, "recognitionWindowCloses");
            assertThat(dayOf(timer.due())).isEqualTo(cycle.planned().get("recognitionWindowCloses"));
            recognitionTimers.put(cycle, timer);
        }
        LocalDate signedOn = dayOf(recognitionTimers.get(thanhDong).due()).minusDays(10);
        moveClockTo(signedOn.atTime(9, 0).atZone(VIETNAM).toInstant());
        for (Cycle cycle : cycles) {
            cycle.onB().complete(cycle.onB().awaitTasks("recogniseCommune", 1, WAIT).get(0), Map.of("decisionNumber",
                    ReliabilityCycle.DECISION, "decisionDate", signedOn.toString(), "signer", "Nguyễn Văn An"));
        }
        // Thành Đông: the recognition and the commendation proposal ran, the report's task is there with its deadline
        thanhDong.onA().awaitTasks("submitReport", 1, WAIT);
        // Sài Gòn: the commendation waits for the award round, which its timer opens
        String commendations = "/engine-rest/history/process-instance/count?processDefinitionKey=" + LibraryKeys.COMMEND
                + "&processInstanceBusinessKey=" + saiGon.onA().businessKey().replace(":", "%3A");
        awaitTimer(saiGon, "awardRoundOpens");
        assertThat(saiGon.onA().count(commendations)).as("Sài Gòn's commendation before the award round").isZero();
        closeAtTheirTimers(List.of(saiGon), "awardRoundOpens", null);
        saiGon.onA().awaitTasks("submitReport", 1, WAIT);
        assertThat(saiGon.onA().count(commendations)).as("Sài Gòn's commendation after the award round").isOne();
        for (Cycle cycle : cycles) {
            assertThat(jobExists(recognitionTimers.get(cycle).jobId())).as("%s's recognition timer, once signed",
                    cycle.name()).isFalse();
        }
        closeAtTheirTimers(cycles, "reportDeadline", "submitReport");
        for (Cycle cycle : cycles) {
            String late = cycle.onA().awaitTasks("submitLateReport", 1, WAIT).get(0);
            cycle.onA().complete(late, Map.of("reportNumber", "210/BC-UBND",
                    "reportDate", LocalDate.ofInstant(clockNow(), VIETNAM).toString()));
        }
        lap("recognised, commended, reported late", started);

        for (Cycle cycle : cycles) {
            assertCycleEnded(cycle);
        }
        assertThat(one("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ IS NOT NULL")).as("jobs left").isZero();
        assertThat(thanhDong.onA().count("/engine-rest/process-instance/count")).as("process instances running").isZero();
        CompletableFuture.allOf(CompletableFuture.runAsync(a::stop), CompletableFuture.runAsync(b::stop)).join();
        lap("whole test", started);

        try (Connection connection = connection()) {
            ReliabilityCycle.assertDatabase(connection, cycles.size() * VILLAGES * PER_VILLAGE, cycles.size());
            // the cycles' jobs: those of the annual cycles and the processes they called (not, say, the engine's
            // history cleanup, which a host's night window may schedule)
            String cycle = "ACT_HI_JOB_LOG WHERE ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM ACT_HI_PROCINST"
                    + " WHERE PROC_DEF_KEY_ = '" + LibraryKeys.ANNUAL_CYCLE + "')";
            // every job of the cycles ran exactly once: per commune the four timers of its windows and report, the
            // three batch lists, the recognition and the commendation proposal, and Sài Gòn's award round; none
            // failed, none ran on two nodes
            assertThat(ReliabilityCycle.grouped(connection, "SELECT ACT_ID_, COUNT(*) FROM " + cycle
                    + " AND JOB_STATE_ = 2 GROUP BY ACT_ID_")).as("successful runs by activity")
                    .containsOnly(Map.entry("registrationWindowCloses", 2L), Map.entry("selfAssessmentWindowCloses", 2L),
                            Map.entry("verificationWindowCloses", 2L), Map.entry("reportDeadline", 2L),
                            Map.entry("awardRoundOpens", 1L), Map.entry("prepareBatches", 6L),
                            Map.entry("issueRecognition", 2L), Map.entry("proposeCommendations", 2L));
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
            // the recognition windows' timers were created and cancelled with the signed windows, never run
            assertThat(ReliabilityCycle.grouped(connection, "SELECT CAST(JOB_STATE_ AS VARCHAR), COUNT(*)"
                    + " FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'recognitionWindowCloses' GROUP BY JOB_STATE_"))
                    .as("the recognition timers' log: created, deleted").containsOnly(Map.entry("0", 2L), Map.entry("3", 2L));
            // each window ended once, at its deadline, none early; the cycles ended with the late reports
            assertThat(ReliabilityCycle.grouped(connection, "SELECT ACT_ID_, COUNT(*) FROM ACT_HI_ACTINST"
                    + " WHERE ACT_TYPE_ LIKE '%EndEvent' AND END_TIME_ IS NOT NULL GROUP BY ACT_ID_"))
                    .containsEntry("registrationClosedAtDeadline", 2L).containsEntry("selfAssessmentClosedAtDeadline", 2L)
                    .containsEntry("verificationClosedAtDeadline", 2L).containsEntry("recognised", 2L)
                    .containsEntry("reportedLate", 2L)
                    .doesNotContainKeys("registrationClosedEarly", "selfAssessmentClosedEarly", "verificationClosedEarly",
                            "recognitionWindowMissed", "cycleCompleted");
            assertThat(ReliabilityCycle.one(connection, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'awardRoundOpens'"
                    + " AND END_TIME_ IS NOT NULL")).as("award rounds opened").isOne();
            System.out.println("timers on two nodes: successful job runs by activity and node " + ReliabilityCycle.grouped(
                    connection, "SELECT ACT_ID_ || ' on ' || HOSTNAME_, COUNT(*) FROM " + cycle + " AND JOB_STATE_ = 2"
                            + " GROUP BY ACT_ID_, HOSTNAME_"));
        }
        firings.forEach(line -> System.out.println("timers on two nodes: " + line));
    }

    /** A commune's cycle through both nodes, with the days its plan's timeline gives the cycle's timers. */
    private static Cycle cycle(String name, String commune, String plan, int firstHousehold, PortalJvm a, PortalJvm b) {
        CycleClient onA = new CycleClient(a, ReliabilityCycle.YEAR, commune);
        return new Cycle(name, commune, plan, firstHousehold, onA, new CycleClient(b, ReliabilityCycle.YEAR, commune),
                timeline(onA, plan));
    }

    /** The ids of the cycle's timers and the day the deployed cycle's timeline gives each for the plan. */
    private static Map<String, LocalDate> timeline(CycleClient client, String plan) {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        JsonNode view = client.get(CycleClient.API + "/timelines?year=" + ReliabilityCycle.YEAR + "&plan=" + plan);
        view.get("timers").forEach(timer -> {
            if (timer.hasNonNull("date")) {
                days.put(timer.get("elementId").asText(), LocalDate.parse(timer.get("date").asText()));
            }
        });
        assertThat(days).as("the timeline of %s: %s", plan, view).containsKeys("registrationWindowCloses",
                "selfAssessmentWindowCloses", "verificationWindowCloses", "recognitionWindowCloses", "reportDeadline");
        return days;
    }

    /** The officers confirm every village's batch task, through the village's node. */
    private static void confirmVillages(Cycle cycle, String batchTask) {
        List<String> open = cycle.onA().awaitTasks(batchTask, VILLAGES, WAIT);
        for (int i = 0; i < open.size(); i++) {
            cycle.nodeOf(i + 1).complete(open.get(i), Map.of());
        }
    }

    /**
     * The timer {@code timerId} of each of {@code cycles} waits with the clock before its day, on the day the
     * cycle's plan gives it, and the window it closes is still open ({@code openTask} waits, when it names
     * one); the shared clock is moved to {@link #SHORT_OF_DUE} before the earliest due date, and each timer
     * fires once the running clock reaches its due date: its job gone, its run in the job log.
     */
    private void closeAtTheirTimers(List<Cycle> cycles, String timerId, String openTask) throws SQLException {
        Map<Cycle, Timer> timers = new LinkedHashMap<>();
        for (Cycle cycle : cycles) {
            Timer timer = awaitTimer(cycle, timerId);
            assertThat(dayOf(timer.due())).as("the day %s's %s is due", cycle.name(), timerId)
                    .isEqualTo(cycle.planned().get(timerId));
            assertThat(clockNow()).as("the clock before %s's %s", cycle.name(), timerId).isBefore(timer.due());
            if (openTask != null) {
                assertThat(cycle.onA().openTasks(openTask)).as("%s's %s while it waits", cycle.name(), openTask)
                        .hasSize(1);
            }
            timers.put(cycle, timer);
        }
        Instant earliest = timers.values().stream().map(Timer::due).min(Instant::compareTo).orElseThrow();
        assertThat(timers.values()).as("%s falls due at one instant in every cycle", timerId)
                .allMatch(timer -> timer.due().equals(earliest));
        moveClockTo(earliest.minus(SHORT_OF_DUE));
        for (Map.Entry<Cycle, Timer> timer : timers.entrySet()) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            String fired = firedBy(timer.getValue().jobId());
            while (fired == null && System.nanoTime() < deadline) {
                PortalJvm.sleep(100);
                fired = firedBy(timer.getValue().jobId());
            }
            assertThat(fired).as("%s's %s fired within %s of the clock reaching it", timer.getKey().name(), timerId,
                    WAIT).isNotNull();
            assertThat(jobExists(timer.getValue().jobId())).isFalse();
            firings.add(timerId + " of " + timer.getKey().name() + " due "
                    + timer.getValue().due().atZone(VIETNAM).toOffsetDateTime() + ", " + fired);
        }
    }

    private record Timer(String jobId, Instant due) { }

    /** The one timer job of {@code activityId} in {@code cycle} (its called processes share its business key). */
    private Timer awaitTimer(Cycle cycle, String activityId) throws SQLException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try (Connection connection = connection(); PreparedStatement query = connection.prepareStatement(
                    "SELECT j.ID_, j.DUEDATE_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
                            + " JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                            + " WHERE d.ACT_ID_ = ? AND e.BUSINESS_KEY_ = ?")) {
                query.setString(1, activityId);
                query.setString(2, cycle.onA().businessKey());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Timer timer = new Timer(rows.getString(1), rows.getTimestamp(2).toInstant());
                        assertThat(rows.next()).as("timers of %s in %s", activityId, cycle.name()).isFalse();
                        return timer;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no timer job of " + activityId + " in " + cycle.name() + " within " + WAIT);
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

    /** The cycle ended, no incident; every household registered, recognised as its verified points say. */
    private static void assertCycleEnded(Cycle cycle) {
        CycleClient client = cycle.onA();
        assertThat(client.count("/engine-rest/history/process-instance/count?processDefinitionKey="
                + LibraryKeys.ANNUAL_CYCLE + "&finished=true&processInstanceBusinessKey="
                + client.businessKey().replace(":", "%3A"))).as("%s's cycle ended", cycle.name()).isOne();
        assertThat(client.count("/engine-rest/incident/count")).as("incidents").isZero();
        assertThat(client.attainment().get("registered").asLong()).isEqualTo(VILLAGES * PER_VILLAGE);
        assertThat(client.attainment().get("recognised").asLong()).as("%s's recognised households", cycle.name())
                .isEqualTo(cycle.expectedRecognised()).isPositive();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
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
            if (argument.equals("--spring.main.sources=" + NamedLockOwner.class.getName())) {
                // the shared clock beside the named lock owner
                arguments.add(argument + "," + SharedClock.class.getName());
            } else if (argument.startsWith("--camunda.bpm.job-execution.max-wait=")) {
                // an idle executor looks for due jobs every half second (not up to every 2 s): a timer is
                // taken sooner after the clock crosses its due date (a property given twice would be a list)
                arguments.add("--camunda.bpm.job-execution.max-wait=500");
            } else {
                arguments.add(argument);
            }
        }
        assertThat(arguments).contains("--spring.main.sources=" + NamedLockOwner.class.getName() + ","
                + SharedClock.class.getName(), "--camunda.bpm.job-execution.max-wait=500");
        arguments.addAll(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // the job log (ACT_HI_JOB_LOG) is written at history level full only: the test reads it
                "--camunda.bpm.history-level=full",
                // the province's days for the windows no plan dates (the library's defaults are 30 September,
                // 31 October and 10 December): the recognition ends before the award round 734/KH-UBND sets in
                // October, as a portal in Hồ Chí Minh City would configure them
                "--learning-society.cycle.self-assessment-closes=06-30",
                "--learning-society.cycle.verification-closes=08-31",
                "--learning-society.cycle.recognition-closes=09-30",
                "--logging.level.org.learningsociety.reliability=INFO"));
        PortalJvm node = PortalJvm.start(name, dir.resolve(name), arguments);
        nodes.add(node);
        return node;
    }

    private static void lap(String what, long since) {
        System.out.printf("timers on two nodes: %s after %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
