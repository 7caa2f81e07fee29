package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.portal.ReliabilityCycle.HOUSEHOLDS;
import static org.learningsociety.portal.ReliabilityCycle.PER_VILLAGE;
import static org.learningsociety.portal.ReliabilityCycle.VILLAGES;
import static org.learningsociety.portal.ReliabilityCycle.first;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash: the portal as a separate JVM on an H2 file runs the FAMILY cycle of 10,000 households and
 * is killed with SIGKILL twice — while village batches of registrations are being written, and
 * while the asynchronous {@code issueRecognition} job records the decision — and restarted on the
 * same file each time. Nothing a node acknowledged is lost, nothing is half-written or written twice:
 * the open tasks are still open, the job is taken again, the cycle ends with every household
 * registered once and recognised by the one decision as the criteria say.
 */
@Tag("reliability")
class CrashTest {

    static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private final List<PortalJvm> nodes = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        nodes.forEach(PortalJvm::close);
    }

    @Test
    void aNodeKilledMidBatchAndMidJobLosesNothingAndDuplicatesNothing() throws Exception {
        long started = System.nanoTime();
        CycleClient first = new CycleClient(start("crash-1"), ReliabilityCycle.YEAR);
        ReliabilityCycle.setUp(first);
        first.awaitTasks("registerBatch", VILLAGES, ReliabilityCycle.TASKS_WAIT);
        lap("start and set-up", started);

        // registrations, a village batch at a time; SIGKILL once half the villages are acknowledged
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicReference<Throwable> sendFailure = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            try {
                for (int v = 1; v <= VILLAGES; v++) {
                    inFlight.set(v);
                    assertThat(first.register(v, first(v), PER_VILLAGE)).as("village %d", v).containsOnly("CREATED");
                    acknowledged.add(v);
                }
                inFlight.set(0);
            } catch (Throwable e) {
                sendFailure.set(e);
            }
        });
        sender.start();
        while (acknowledged.size() < VILLAGES / 2 && sender.isAlive()) {
            Thread.sleep(5);
        }
        assertThat(first.node().kill()).as("exit code of SIGKILL").isEqualTo(137);
        sender.join();
        int killedUnder = inFlight.get();
        assertThat(killedUnder).as("a village batch was in flight when the node died").isPositive();
        assertThat(sendFailure.get()).isInstanceOf(UncheckedIOException.class);
        System.out.printf("crash 1: killed under village %d's batch, %d villages acknowledged%n", killedUnder,
                acknowledged.size());

        CycleClient second = new CycleClient(start("crash-2"), ReliabilityCycle.YEAR);
        Map<String, Long> registered = second.registeredByVillage();
        for (int v = 1; v <= VILLAGES; v++) {
            long count = registered.getOrDefault(CycleClient.village(v), 0L);
            if (acknowledged.contains(v)) {
                assertThat(count).as("acknowledged village %d", v).isEqualTo(PER_VILLAGE);
            } else {
                assertThat(count).as("village %d: all or nothing", v).isIn(0L, (long) PER_VILLAGE);
            }
        }
        System.out.printf("crash 1: village %d's batch was %s%n", killedUnder,
                registered.getOrDefault(CycleClient.village(killedUnder), 0L) == PER_VILLAGE ? "committed"
                        : "rolled back");
        // the officers' tasks of the window are still open
        second.awaitTasks("registerBatch", VILLAGES, Duration.ZERO);
        // every unacknowledged village sent again: the one committed before the kill changes nothing
        for (int v = 1; v <= VILLAGES; v++) {
            if (!acknowledged.contains(v)) {
                boolean committed = registered.getOrDefault(CycleClient.village(v), 0L) == PER_VILLAGE;
                assertThat(second.register(v, first(v), PER_VILLAGE)).as("village %d sent again", v)
                        .containsOnly(committed ? "UNCHANGED" : "CREATED");
            }
        }
        assertThat(second.attainment().get("registered").asLong()).isEqualTo(HOUSEHOLDS);
        ReliabilityCycle.closeWindow(v -> second, "registerBatch", "closeRegistrationEarly");
        ReliabilityCycle.selfAssessAndVerify(v -> second);
        lap("registered, self-assessed, verified", started);

        // the decision is signed; SIGKILL as soon as the node's job executor has locked the recognition's job
        ReliabilityCycle.signRecognition(second);
        String job = second.get("/engine-rest/job?activityId=issueRecognition").get(0).get("id").asText();
        assertThat(second.node().awaitOutput(Duration.ofSeconds(30), "ENGINE-14022", job))
                .as("crash-2 acquired the job %s", job).isTrue();
        assertThat(second.node().kill()).isEqualTo(137);
        long killed = System.nanoTime();
        CycleClient third = new CycleClient(start("crash-3"), ReliabilityCycle.YEAR);
        // the dead node's transaction never committed: its lock stays until it expires, then crash-3 runs the job
        assertThat(third.attainment().get("recognised").asLong()).as("recognised at restart").isZero();
        assertThat(third.count("/engine-rest/job/count?activityId=issueRecognition")).isOne();
        ReliabilityCycle.report(third, ReliabilityCycle.LOCK_TIME.plusMinutes(2));
        System.out.printf("crash 2: the job ran again and the report task opened %.1f s after the kill%n",
                (System.nanoTime() - killed) / 1e9);
        ReliabilityCycle.assertCycleEnded(third);
        third.node().stop();
        lap("whole test", started);

        try (Connection connection = DriverManager.getConnection(h2Url(), "sa", "")) {
            ReliabilityCycle.assertDatabase(connection);
            System.out.printf("crash test: issueRecognition ran %.1f s%n", ReliabilityCycle.recognitionSeconds(connection));
        }
    }

    private PortalJvm start(String name) {
        // the portal's own H2 URL (./data/portal), resolved in the test's directory
        PortalJvm node = PortalJvm.start(name, dir, ReliabilityCycle.portalArguments(name));
        nodes.add(node);
        long started = System.nanoTime();
        node.awaitReady(START);
        lap(name + " ready", started);
        return node;
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dir.resolve("data").resolve("portal").toAbsolutePath();
    }

    private static void lap(String what, long since) {
        System.out.printf("crash test: %s after %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
