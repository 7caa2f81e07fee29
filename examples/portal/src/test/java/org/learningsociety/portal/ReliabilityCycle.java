package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.learningsociety.reliability.NamedLockOwner;
import org.learningsociety.test.criteria.HouseholdScores;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * The cycle both reliability tests drive: 10,000 households of Phường Thành Đông (10507) in 20
 * test villages of 500, the FAMILY cycle of {@link #YEAR}, on child portals; and what must hold of
 * the database afterwards. A village's calls go to the node {@code nodeOf.apply(village)}.
 */
final class ReliabilityCycle {

    /** The next year: today's windows of it are all still open, so no timer fires under the test. */
    static final int YEAR = 2027;
    static final int VILLAGES = 20;
    static final int PER_VILLAGE = 500;
    static final int HOUSEHOLDS = VILLAGES * PER_VILLAGE;
    static final String DECISION = "125/QĐ-UBND";
    static final Duration TASKS_WAIT = Duration.ofMinutes(2);
    static final Duration LOCK_TIME = Duration.ofSeconds(60);

    private ReliabilityCycle() {
    }

    /** The first household number of village {@code v} (1 … 20). */
    static int first(int v) {
        return (v - 1) * PER_VILLAGE;
    }

    /** What the criteria recognise of the verified scores {@link CycleClient#verify} sends: 5,500 of 10,000. */
    static long expectedRecognised() {
        return expectedRecognised(HOUSEHOLDS);
    }

    /** What the criteria recognise of households 0 … {@code households - 1}. */
    static long expectedRecognised(int households) {
        return IntStream.range(0, households).filter(ReliabilityCycle::earnsTitle).count();
    }

    /**
     * Whether household {@code n} (its number in the commune) earns the family title (80 of 100 points)
     * with the points {@link HouseholdScores#verifiedPoints} gives it.
     */
    static boolean earnsTitle(int n) {
        return HouseholdScores.verifiedPoints(n) * HouseholdScores.indicators().size() >= 80;
    }

    /** Household {@code n}'s id in the portal. */
    static String externalId(int n) {
        return "REL-" + n;
    }

    /** The arguments every child portal gets besides its database. */
    static List<String> portalArguments(String nodeName) {
        return List.of("--portal.demo-data=false", "--reliability.node-name=" + nodeName,
                "--camunda.bpm.generic-properties.properties.hostname=" + nodeName,
                "--spring.main.sources=" + NamedLockOwner.class.getName(),
                "--camunda.bpm.job-execution.enabled=true",
                // a dead node's locked jobs are taken again after a minute instead of the default 5 minutes;
                // the lock must outlast the longest job (recognising 10,000 households took over 10 s under
                // load, and with a 10 s lock the executor took the job again while it ran: never committed)
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                // ENGINE-14022 "Acquired n jobs …" names the jobs a node has just locked
                "--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG",
                "--spring.thymeleaf.cache=false");
    }

    static void setUp(CycleClient client) {
        for (int v = 1; v <= VILLAGES; v++) {
            client.addVillage(v);
            client.addHouseholds(v, first(v), PER_VILLAGE);
        }
        client.startCampaign();
    }

    /** Every village's batch task completed (the listener checks the batch), then the window closed early. */
    static void closeWindow(IntFunction<CycleClient> nodeOf, String batchTask, String closeTask) {
        CycleClient any = nodeOf.apply(1);
        List<String> open = any.awaitTasks(batchTask, VILLAGES, TASKS_WAIT);
        for (int i = 0; i < open.size(); i++) {
            nodeOf.apply(i + 1).complete(open.get(i), Map.of());
        }
        any.complete(any.awaitTasks(closeTask, 1, TASKS_WAIT).get(0), Map.of("closeReason",
                "Các tổ dân phố đã xong"));
    }

    static void selfAssessAndVerify(IntFunction<CycleClient> nodeOf) {
        nodeOf.apply(1).awaitTasks("selfAssessBatch", VILLAGES, TASKS_WAIT);
        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).selfAssess(v, first(v), PER_VILLAGE);
        }
        closeWindow(nodeOf, "selfAssessBatch", "closeSelfAssessmentEarly");
        nodeOf.apply(1).awaitTasks("verifyBatch", VILLAGES, TASKS_WAIT);
        for (int v = 1; v <= VILLAGES; v++) {
            nodeOf.apply(v).verify(v, first(v), PER_VILLAGE);
        }
        closeWindow(nodeOf, "verifyBatch", "closeVerificationEarly");
    }

    /** The People's Committee signs: the asynchronous {@code issueRecognition} job follows. */
    static void signRecognition(CycleClient client) {
        client.complete(client.awaitTasks("recogniseCommune", 1, TASKS_WAIT).get(0), Map.of("decisionNumber", DECISION,
                "decisionDate", YEAR + "-11-20", "signer", "Nguyễn Văn An"));
    }

    /** Once recognition and the commendation proposal (none: no household has three years) ran: the report. */
    static void report(CycleClient client, Duration wait) {
        client.complete(client.awaitTasks("submitReport", 1, wait).get(0), Map.of("reportNumber", "210/BC-UBND",
                "reportDate", YEAR + "-12-01"));
    }

    /** The engine's side, asked over its REST API: the cycle ended, nothing running, no incident. */
    static void assertCycleEnded(CycleClient client) {
        String key = client.businessKey();
        assertThat(client.count("/engine-rest/history/process-instance/count?processDefinitionKey=learning-society.annual-cycle"
                + "&finished=true&processInstanceBusinessKey=" + key.replace(":", "%3A"))).isOne();
        assertThat(client.count("/engine-rest/process-instance/count")).as("process instances running").isZero();
        assertThat(client.count("/engine-rest/incident/count")).as("incidents").isZero();
        // the engine's own history cleanup jobs (the starter schedules them for its night window) stay
        JsonNode jobs = client.get("/engine-rest/job");
        assertThat(jobs).as("jobs left").allSatisfy(job -> assertThat(job.path("processInstanceId").isNull())
                .as("a job of a process instance left: %s", job).isTrue());
        assertThat(client.attainment().get("registered").asLong()).isEqualTo(HOUSEHOLDS);
        assertThat(client.attainment().get("recognised").asLong()).isEqualTo(expectedRecognised());
    }

    /**
     * The rows, read directly once no node runs: each household registered once; each household
     * recognised or not as its verified points say, the recognised all by the one decision; one audit
     * record per registration and step.
     */
    static void assertDatabase(Connection connection) throws SQLException {
        assertDatabase(connection, HOUSEHOLDS, 1);
    }

    /**
     * {@link #assertDatabase(Connection)} for {@code cycles} communes' cycles of households 0 …
     * {@code households - 1} together, each recognised by one decision numbered {@link #DECISION}.
     */
    static void assertDatabase(Connection connection, int households, int cycles) throws SQLException {
        long recognised = expectedRecognised(households);
        assertThat(one(connection, "SELECT COUNT(*) FROM ls_registration WHERE record_year = " + YEAR))
                .isEqualTo(households);
        assertThat(one(connection, "SELECT COUNT(DISTINCT subject_id) FROM ls_registration WHERE record_year = "
                + YEAR)).isEqualTo(households);
        assertThat(grouped(connection, "SELECT status, COUNT(*) FROM ls_registration WHERE record_year = " + YEAR
                + " GROUP BY status")).containsOnly(Map.entry("RECOGNISED", recognised),
                Map.entry("NOT_RECOGNISED", (long) households - recognised));
        Map<String, Long> wrong = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT s.external_id, r.status FROM ls_registration r JOIN ls_subject s ON s.id = r.subject_id"
                        + " WHERE r.record_year = " + YEAR)) {
            while (rows.next()) {
                int n = Integer.parseInt(rows.getString(1).substring("REL-".length()));
                String expected = earnsTitle(n) ? "RECOGNISED" : "NOT_RECOGNISED";
                if (!expected.equals(rows.getString(2))) {
                    wrong.merge(rows.getString(2) + " instead of " + expected, 1L, Long::sum);
                }
            }
        }
        assertThat(wrong).as("households whose status is not what their verified points say").isEmpty();
        assertThat(one(connection, "SELECT COUNT(*) FROM ls_decision WHERE kind = 'RECOGNITION' AND decision_year = "
                + YEAR)).as("recognition decisions").isEqualTo(cycles);
        assertThat(one(connection, "SELECT COUNT(*) FROM ls_registration r JOIN ls_decision d ON d.id = r.decision_id"
                + " WHERE r.record_year = " + YEAR + " AND r.status = 'RECOGNISED' AND d.kind = 'RECOGNITION'"
                + " AND d.number = '" + DECISION + "'")).isEqualTo(recognised);
        assertThat(grouped(connection, "SELECT action, COUNT(*) FROM ls_audit WHERE entity_type = 'REGISTRATION'"
                + " GROUP BY action")).containsOnly(Map.entry("REGISTERED", (long) households),
                Map.entry("SELF_ASSESSED", (long) households), Map.entry("VERIFIED", (long) households),
                Map.entry("RECOGNISED", recognised), Map.entry("NOT_RECOGNISED", (long) households - recognised));
        assertThat(one(connection, "SELECT COUNT(*) FROM ls_audit WHERE entity_type = 'REGISTRATION'"
                + " AND action = 'REGISTERED' AND entity_id NOT IN (SELECT id FROM ls_registration)"))
                .as("audit records of registrations that are not there").isZero();
        assertThat(one(connection, "SELECT COUNT(*) FROM ls_audit WHERE entity_type = 'DECISION'"))
                .as("audit records of decisions").isEqualTo(cycles);
        assertThat(one(connection, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        assertThat(one(connection, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = '"
                + LibraryKeys.RECOGNISE + "' AND END_TIME_ IS NOT NULL")).isEqualTo(cycles);
    }

    /** How long the successful run of the {@code issueRecognition} job took, from the history. */
    static double recognitionSeconds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT START_TIME_, END_TIME_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'issueRecognition'")) {
            rows.next();
            return (rows.getTimestamp(2).getTime() - rows.getTimestamp(1).getTime()) / 1000.0;
        }
    }

    static long one(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Map<String, Long> grouped(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
