package org.learningsociety.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A clock the nodes of a reliability test share and the test moves: the offset from the machine's time
 * (milliseconds) is a row of the table {@code reliability_clock}, which the test writes in the nodes'
 * database. Each node reads it every 100 ms and, when it changes, sets Camunda's {@link ClockUtil#offset}
 * to it (the engine's "now": timer due dates, the job executor's acquisition, lock expiry, history) and
 * acknowledges it in {@code reliability_clock_seen} under its {@code reliability.node-name}. Since the
 * nodes run on one machine and apply the same offset, their clocks read the same instant, and keep
 * running from there. The library's own clock ({@code learningSocietyClock}: "today" of the API and
 * the core) reads the engine's clock, so the library and the engine agree on the day.
 *
 * <p>Test-only: a child portal adds it with {@code --spring.main.sources=…SharedClock}; the test creates
 * both tables before starting the nodes.
 */
@Configuration(proxyBeanMethods = false)
public class SharedClock {

    private static final Logger LOG = LoggerFactory.getLogger(SharedClock.class);

    /** The library's clock, replaced: the engine's (moved) time in the JVM's zone. */
    @Bean("learningSocietyClock")
    public Clock learningSocietyClock() {
        return new EngineClock(ZoneId.systemDefault());
    }

    @Bean
    public SmartLifecycle sharedClockPoller(DataSource dataSource, @Value("${reliability.node-name}") String node) {
        return new Poller(dataSource, node);
    }

    /** {@link ClockUtil}'s time as a {@link Clock}. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }

    /** Reads the shared offset every 100 ms, applies a new one and acknowledges it. */
    static final class Poller implements SmartLifecycle {

        private final DataSource dataSource;
        private final String node;
        private ScheduledExecutorService executor;
        private volatile Long applied;
        private volatile boolean warned;

        Poller(DataSource dataSource, String node) {
            this.dataSource = dataSource;
            this.node = node;
        }

        @Override
        public void start() {
            // read once before the engine's job executor starts, then every 100 ms
            poll();
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "shared-clock");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::poll, 100, 100, TimeUnit.MILLISECONDS);
        }

        @Override
        public void stop() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }

        @Override
        public boolean isRunning() {
            return executor != null && !executor.isShutdown();
        }

        @Override
        public int getPhase() {
            // before Camunda's job executor (started by the engine's own lifecycle) and stopped after it
            return Integer.MIN_VALUE + 100;
        }

        private void poll() {
            try (Connection connection = dataSource.getConnection()) {
                long offset;
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT offset_millis FROM reliability_clock")) {
                    if (!rows.next()) {
                        return;
                    }
                    offset = rows.getLong(1);
                }
                if (applied == null || applied != offset) {
                    ClockUtil.offset(offset);
                    applied = offset;
                    LOG.info("Shared clock of {}: offset {} ms, now {}", node, offset, ClockUtil.getCurrentTime().toInstant());
                    try (PreparedStatement ack = connection.prepareStatement(
                            "UPDATE reliability_clock_seen SET offset_millis = ? WHERE node = ?")) {
                        ack.setLong(1, offset);
                        ack.setString(2, node);
                        if (ack.executeUpdate() == 0) {
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO reliability_clock_seen (node, offset_millis) VALUES (?, ?)")) {
                                insert.setString(1, node);
                                insert.setLong(2, offset);
                                insert.executeUpdate();
                            }
                        }
                    }
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!warned) {
                    warned = true;
                    LOG.warn("Shared clock of {} not read: {}", node, e.toString());
                }
            }
        }
    }
}
