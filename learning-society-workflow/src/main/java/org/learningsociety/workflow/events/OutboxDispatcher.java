package org.learningsociety.workflow.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers the outbox's events to the host's listeners: the events a change wrote, as soon as it
 * committed, on the thread that committed it (so a listener sees them before the request that raised
 * them is answered, as before the outbox); and, on a thread of its own every
 * {@code learning-society.events.poll-interval} from the start, the events left undelivered — by a
 * node that died between commit and delivery (once its lease ran out), by a restart, or by a listener
 * that failed — claimed a batch at a time so that two nodes do not deliver the same row at once.
 *
 * <p>Each event is published as a {@link LearningSocietyEvent} and then as the core's event itself
 * (so {@code @EventListener void on(DomainEvent e)} keeps working). It is marked delivered when both
 * publications returned. A listener that throws fails the delivery, never the request: the error is
 * recorded on the row and the event is tried again after {@code retry-backoff}, doubled after each
 * failure up to {@code max-backoff}, at most {@code max-attempts} times; then it is recorded as failed
 * and left for an administrator. The change that raised it stays committed.
 *
 * <p>Delivered rows are deleted after {@code retention}.
 */
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    /**
     * At most this many events written by this node wait for their delivery to be recorded; more are
     * written unclaimed and left to the poll.
     */
    private static final int MAX_QUEUED = 50_000;

    private final EventOutbox outbox;
    private final ApplicationEventPublisher publisher;
    private final LearningSocietyProperties.Events settings;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger queued = new AtomicInteger();
    private final java.util.Queue<Outcome> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean recording = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile Instant nextCleanUp = Instant.MIN;

    public OutboxDispatcher(EventOutbox outbox, ApplicationEventPublisher publisher,
            LearningSocietyProperties.Events settings) {
        this.outbox = Objects.requireNonNull(outbox);
        this.publisher = Objects.requireNonNull(publisher);
        this.settings = Objects.requireNonNull(settings);
    }

    Instant now() {
        return clock.instant();
    }

    Instant leaseFrom(Instant now) {
        return now.plus(settings.getLease());
    }

    /**
     * The claim (a token of the change's own) under which {@code count} events about to be written are held
     * for this node's delivery
     * after commit, or null when this node does not deliver them (delivery off or stopped, or too many
     * waiting already): then the rows are free for any node's poll at once.
     */
    String claimForWrite(int count) {
        if (!running) {
            return null;
        }
        if (queued.addAndGet(count) > MAX_QUEUED) {
            queued.addAndGet(-count);
            return null;
        }
        return UUID.randomUUID().toString();
    }

    /** The events claimed for a change that did not commit: nothing to deliver. */
    void released(int count, String claim) {
        if (claim != null) {
            queued.addAndGet(-count);
        }
    }

    /**
     * The events a change wrote, now committed: when this node claimed them, published at once on the
     * thread that committed (as the starter did before the outbox, so a listener sees the change's
     * events before its request is answered), every listener's exception caught; the outcome is recorded
     * on the dispatcher's own thread. Unclaimed, they are left to the next poll.
     */
    void deliverWritten(List<Envelope> envelopes, String claim) {
        if (claim == null) {
            return;
        }
        Outcome outcome;
        try {
            outcome = publish(claim, envelopes);
        } catch (RuntimeException | Error e) {
            queued.addAndGet(-envelopes.size());
            throw e;
        }
        outcomes.add(outcome);
        ScheduledExecutorService current = executor;
        if (current != null && recording.compareAndSet(false, true)) {
            try {
                current.execute(this::recordWritten);
            } catch (RejectedExecutionException stopped) {
                // stopping: the rows stay claimed until the lease runs out, then a poll delivers them again
                recording.set(false);
            }
        }
    }

    /**
     * Records the outcomes of the deliveries after commit that are waiting, all in one batch: under load
     * many commits' deliveries are recorded by one statement.
     */
    private void recordWritten() {
        recording.set(false);
        List<Outcome> waiting = new ArrayList<>();
        for (Outcome outcome = outcomes.poll(); outcome != null; outcome = outcomes.poll()) {
            waiting.add(outcome);
            queued.addAndGet(-outcome.delivered().size() - outcome.failed().size());
        }
        try {
            record(waiting);
        } catch (RuntimeException e) {
            LOG.warn("learning-society: recording the delivery of {} changes' events failed; they stay claimed until"
                    + " the lease runs out and are delivered again", waiting.size(), e);
        }
    }

    /** Delivers the events left undelivered whose lease or wait ran out, a batch at a time; returns how many. */
    public int deliverPending() {
        int delivered = 0;
        while (true) {
            Instant now = now();
            String claim = UUID.randomUUID().toString();
            List<Envelope> batch = outbox.claim(claim, now, leaseFrom(now), settings.getBatchSize());
            delivered += batch.isEmpty() ? 0 : record(List.of(publish(claim, batch)));
            if (batch.size() < settings.getBatchSize()) {
                return delivered;
            }
        }
    }

    /** What became of a batch's publication: the events every listener took, and those one refused. */
    private record Outcome(String claim, List<UUID> delivered, List<Map.Entry<Envelope, RuntimeException>> failed) { }

    private Outcome publish(String claim, List<Envelope> envelopes) {
        List<UUID> delivered = new ArrayList<>(envelopes.size());
        List<Map.Entry<Envelope, RuntimeException>> failed = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            try {
                publisher.publishEvent(envelope.delivery());
                publisher.publishEvent(envelope.payload());
                delivered.add(envelope.id());
            } catch (RuntimeException e) {
                failed.add(Map.entry(envelope, e));
            }
        }
        return new Outcome(claim, delivered, failed);
    }

    /**
     * Writes what became of the outcomes' events: a claim whose events all went through is marked delivered
     * by its token (one statement for the lot), others event by event.
     */
    private int record(List<Outcome> outcomes) {
        Instant now = now();
        List<String> whole = new ArrayList<>();
        List<UUID> delivered = new ArrayList<>();
        List<Map.Entry<Envelope, RuntimeException>> failed = new ArrayList<>();
        int count = 0;
        for (Outcome outcome : outcomes) {
            count += outcome.delivered().size();
            if (outcome.failed().isEmpty()) {
                whole.add(outcome.claim());
            } else {
                delivered.addAll(outcome.delivered());
                failed.addAll(outcome.failed());
            }
        }
        outbox.deliveredClaims(whole, now);
        outbox.delivered(delivered, now);
        for (Map.Entry<Envelope, RuntimeException> failure : failed) {
            Envelope envelope = failure.getKey();
            int attempts = envelope.attempts() + 1;
            Instant next = attempts >= settings.getMaxAttempts() ? null : now.plus(backoff(attempts));
            outbox.failed(envelope.id(), String.valueOf(failure.getValue()), now, next);
            if (next == null) {
                LOG.error("learning-society: event {} {} not delivered after {} attempts; left in ls_event_outbox as failed",
                        envelope.type(), envelope.id(), attempts, failure.getValue());
            } else {
                LOG.warn("learning-society: a listener failed on event {} {} (attempt {}); tried again at {}",
                        envelope.type(), envelope.id(), attempts, next, failure.getValue());
            }
        }
        return count;
    }

    /** The wait after the {@code attempts}-th failure: the backoff doubled for each earlier one, capped. */
    Duration backoff(int attempts) {
        Duration wait = settings.getRetryBackoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.getMaxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.getMaxBackoff()) > 0 ? settings.getMaxBackoff() : wait;
    }

    private void poll() {
        try {
            deliverPending();
            Instant now = now();
            if (now.isAfter(nextCleanUp)) {
                int deleted = outbox.deleteDeliveredBefore(now.minus(settings.getRetention()));
                if (deleted > 0) {
                    LOG.info("learning-society: {} delivered events older than {} deleted from ls_event_outbox",
                            deleted, settings.getRetention());
                }
                nextCleanUp = now.plus(Duration.ofHours(1));
            }
        } catch (RuntimeException e) {
            LOG.warn("learning-society: reading the event outbox failed; tried again in {}",
                    settings.getPollInterval(), e);
        }
    }

    @Override
    public void start() {
        if (!settings.isDeliver() || running) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "learning-society-events");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        executor.scheduleWithFixedDelay(this::poll, 0, settings.getPollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitTermination(10, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
