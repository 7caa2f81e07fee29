package org.learningsociety.workflow.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.learningsociety.core.privacy.EvidenceRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Purges evidence older than the retention every {@code interval}, on a daemon thread of its own,
 * starting one interval after the application started. On several nodes each purges; a purge finds
 * nothing left by another, so running twice is harmless.
 */
public class EvidencePurgeSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EvidencePurgeSchedule.class);

    private final EvidenceRetention retention;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public EvidencePurgeSchedule(EvidenceRetention retention, Duration interval, Clock clock) {
        this.retention = retention;
        this.interval = interval;
        this.clock = clock;
    }

    /** One purge as of today; what the schedule runs. */
    public int purgeNow() {
        int purged = retention.purge(LocalDate.now(clock)).size();
        if (purged > 0) {
            LOG.info("learning-society: purged the evidence of {} registrations older than {}", purged,
                    retention.retention());
        }
        return purged;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "learning-society-evidence-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleAtFixedRate(() -> {
            try {
                purgeNow();
            } catch (RuntimeException e) {
                LOG.warn("learning-society: evidence purge failed; retrying in {}", interval, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
