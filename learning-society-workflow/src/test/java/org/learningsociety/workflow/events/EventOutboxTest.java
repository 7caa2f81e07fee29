package org.learningsociety.workflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.RegistrationEvent.SubjectRegistered;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectEvent.SubjectAdded;
import org.learningsociety.core.subject.SubjectEvent.SubjectErased;
import org.learningsociety.core.subject.SubjectEvent.SubjectMoved;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox on the starter's own wiring (H2, no engine): events written with their change, delivered
 * after commit at least once with a stable id, retried after a listener failed, delivered by the next
 * start when the node stopped before delivering, and carrying the portal's id, the unit, the model and
 * the year.
 */
class EventOutboxTest {

    /** Phường Thành Đông and Phường Hải Dương, Hải Phòng, after the 2025 reform. */
    private static final String THANH_DONG = "10507";
    private static final String HAI_DUONG = "10525";

    /** A database of the test's own, kept across the contexts the test starts on it. */
    String[] database() {
        return new String[] {"spring.datasource.url=jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"};
    }

    private final String[] database = database();

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        LearningSocietyAutoConfiguration.class,
                        org.learningsociety.workflow.evidence.EvidenceAutoConfiguration.class))
                .withPropertyValues(database)
                .withPropertyValues("learning-society.reference-data.units=PROVINCES",
                        "learning-society.reference-data.provinces=31",
                        "learning-society.events.poll-interval=PT0.1S",
                        "learning-society.events.retry-backoff=PT0.1S",
                        "learning-society.events.max-backoff=PT0.2S");
    }

    /** Every delivery a host's listener saw, in order; fails the first {@code failures} deliveries it is handed. */
    static final class Listener {

        final List<LearningSocietyEvent> seen = Collections.synchronizedList(new ArrayList<>());
        final List<DomainEvent> domainEvents = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failures;

        Listener(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @EventListener
        void on(LearningSocietyEvent event) {
            seen.add(event);
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the portal's mail server is down");
            }
        }

        @EventListener
        void on(DomainEvent event) {
            domainEvents.add(event);
        }

        List<LearningSocietyEvent> of(Class<?> type) {
            synchronized (seen) {
                return seen.stream().filter(e -> type.isInstance(e.payload())).toList();
            }
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static Subject household(ConfigurableApplicationContext context, String externalId) {
        return context.getBean(SubjectCatalogue.class).add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY,
                THANH_DONG, "Hộ ông Lê Văn Tám", externalId));
    }

    private Map<String, Object> row(ConfigurableApplicationContext context, UUID id) {
        return new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .queryForMap("SELECT * FROM ls_event_outbox WHERE event_id = ?", id.toString());
    }

    @Test
    void aListenerThatFailsIsCalledAgainUntilItSucceedsWithTheSameEventIdAndTheChangeStaysMade() {
        Listener listener = new Listener(2);
        runner().withBean(Listener.class, () -> listener).run(context -> {
            String externalId = "HGD-" + UUID.randomUUID();
            Subject added = household(context, externalId);

            await("three deliveries, the last one accepted", () -> listener.of(SubjectAdded.class).size() >= 3
                    && row(context, listener.of(SubjectAdded.class).get(0).id()).get("DELIVERED_AT") != null);
            List<LearningSocietyEvent> deliveries = listener.of(SubjectAdded.class);
            assertThat(deliveries).hasSize(3);
            assertThat(deliveries).extracting(LearningSocietyEvent::id).as("one id across redeliveries")
                    .containsOnly(deliveries.get(0).id());
            assertThat(deliveries).extracting(LearningSocietyEvent::attempt).containsExactly(1, 2, 3);
            assertThat(deliveries.get(2).payload()).isEqualTo(deliveries.get(0).payload());
            Map<String, Object> row = row(context, deliveries.get(0).id());
            assertThat(row.get("ATTEMPTS")).isEqualTo(3);
            assertThat(row.get("FAILED_AT")).isNull();
            assertThat(context.getBean(org.learningsociety.core.subject.Subjects.class).findById(added.id()))
                    .as("the change committed whatever the listener did").isPresent();
        });
    }

    @Test
    void aListenerThatNeverSucceedsIsGivenUpAfterTheLastAttemptWithItsErrorRecorded() {
        Listener listener = new Listener(Integer.MAX_VALUE);
        runner().withPropertyValues("learning-society.events.max-attempts=3")
                .withBean(Listener.class, () -> listener).run(context -> {
                    household(context, "HGD-" + UUID.randomUUID());
                    await("three attempts", () -> listener.of(SubjectAdded.class).size() >= 3
                            && row(context, listener.of(SubjectAdded.class).get(0).id()).get("FAILED_AT") != null);
                    Thread.sleep(500);
                    assertThat(listener.of(SubjectAdded.class)).as("no fourth attempt").hasSize(3);
                    Map<String, Object> row = row(context, listener.of(SubjectAdded.class).get(0).id());
                    assertThat(row.get("ATTEMPTS")).isEqualTo(3);
                    assertThat((String) row.get("LAST_ERROR")).contains("the portal's mail server is down");
                    assertThat(row.get("DELIVERED_AT")).isNull();
                });
    }

    @Test
    void anEventCommittedByANodeThatStoppedBeforeDeliveringIsDeliveredByTheNextStart() {
        String externalId = "HGD-" + UUID.randomUUID();
        Listener before = new Listener(0);
        runner().withPropertyValues("learning-society.events.deliver=false").withBean(Listener.class, () -> before)
                .run(context -> {
                    household(context, externalId);
                    Thread.sleep(300);
                    assertThat(before.seen).as("this node does not deliver").isEmpty();
                    assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
                            "SELECT count(*) FROM ls_event_outbox WHERE delivered_at IS NULL", Integer.class))
                            .as("the event waits in the outbox").isEqualTo(1);
                });

        Listener after = new Listener(0);
        runner().withBean(Listener.class, () -> after).run(context -> {
            await("the event of the earlier run", () -> !after.of(SubjectAdded.class).isEmpty());
            LearningSocietyEvent delivered = after.of(SubjectAdded.class).get(0);
            assertThat(delivered.externalId()).isEqualTo(externalId);
            assertThat(((SubjectAdded) delivered.payload()).externalId()).isEqualTo(externalId);
            assertThat(after.domainEvents).as("and as the core's event, for @EventListener(DomainEvent)")
                    .contains(delivered.payload());
            await("marked delivered", () -> row(context, delivered.id()).get("DELIVERED_AT") != null);
        });
    }

    @Test
    void subjectsAddedMovedRegisteredAndErasedAreDeliveredWithThePortalsIdTheUnitTheModelAndTheYear() {
        Listener listener = new Listener(0);
        runner().withBean(Listener.class, () -> listener).run(context -> {
            String externalId = "HGD-" + UUID.randomUUID();
            Subject subject = household(context, externalId);
            context.getBean(Registering.class).register(subject.id(), 2026);
            context.getBean(SubjectCatalogue.class).move(subject.id(), HAI_DUONG);
            context.getBean(PersonalData.class).erase(subject.id(), "YC-2026-001");

            await("four events", () -> listener.of(SubjectErased.class).size() == 1);
            LearningSocietyEvent addedEvent = listener.of(SubjectAdded.class).get(0);
            assertThat(addedEvent.type()).isEqualTo("SubjectAdded");
            assertThat(addedEvent.subjectId()).isEqualTo(subject.id().value());
            assertThat(addedEvent.externalId()).isEqualTo(externalId);
            assertThat(addedEvent.unitCode()).isEqualTo(THANH_DONG);
            assertThat(addedEvent.model()).isEqualTo("FAMILY");
            assertThat(addedEvent.year()).isNull();

            LearningSocietyEvent registered = listener.of(SubjectRegistered.class).get(0);
            assertThat(registered.externalId()).isEqualTo(externalId);
            assertThat(registered.unitCode()).isEqualTo(THANH_DONG);
            assertThat(registered.model()).isEqualTo("FAMILY");
            assertThat(registered.year()).isEqualTo(2026);

            LearningSocietyEvent moved = listener.of(SubjectMoved.class).get(0);
            assertThat(moved.unitCode()).as("the unit it moved to").isEqualTo(HAI_DUONG);
            assertThat((SubjectMoved) moved.payload()).extracting(SubjectMoved::fromCode, SubjectMoved::toCode,
                    SubjectMoved::externalId).containsExactly(THANH_DONG, HAI_DUONG, externalId);

            LearningSocietyEvent erased = listener.of(SubjectErased.class).get(0);
            assertThat(erased.externalId()).as("the portal's id it had, for the portal to erase its copy")
                    .isEqualTo(externalId);
            assertThat(erased.unitCode()).isEqualTo(HAI_DUONG);
            assertThat(erased.model()).isEqualTo("FAMILY");
            assertThat(Set.copyOf(listener.seen.stream().map(LearningSocietyEvent::id).toList())).hasSize(4);
            assertThat(listener.seen).extracting(LearningSocietyEvent::occurredAt).isSorted();
        });
    }

    @Test
    void aRefusedChangeLeavesNoEvent() {
        Listener listener = new Listener(0);
        runner().withBean(Listener.class, () -> listener).run(context -> {
            Subject subject = household(context, "HGD-" + UUID.randomUUID());
            Registering registering = context.getBean(Registering.class);
            registering.register(subject.id(), 2026);
            assertThatThrownBy(() -> registering.register(subject.id(), 2026)).isInstanceOf(ConflictException.class);
            assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
                    "SELECT count(*) FROM ls_event_outbox WHERE event_type = 'SubjectRegistered'", Integer.class))
                    .isEqualTo(1);
        });
    }

    @Test
    void twoNodesClaimingAtOnceNeverTakeTheSameEvent() {
        runner().withPropertyValues("learning-society.events.deliver=false").run(context -> {
            SubjectCatalogue catalogue = context.getBean(SubjectCatalogue.class);
            List<SubjectCatalogue.NewSubject> households = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                households.add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY, THANH_DONG, "Hộ số " + i,
                        "HGD-" + UUID.randomUUID()));
            }
            catalogue.addAll(households);
            EventOutbox outbox = context.getBean(EventOutbox.class);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<UUID>>> claims = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    Callable<List<UUID>> claiming = () -> {
                        List<UUID> taken = new ArrayList<>();
                        List<Envelope> batch;
                        do {
                            java.time.Instant now = java.time.Instant.now();
                            batch = outbox.claim(UUID.randomUUID().toString(), now, now.plusSeconds(60), 7);
                            batch.forEach(e -> taken.add(e.id()));
                        } while (!batch.isEmpty());
                        return taken;
                    };
                    claims.add(nodes.submit(claiming));
                }
                List<UUID> first = claims.get(0).get();
                List<UUID> second = claims.get(1).get();
                Set<UUID> all = new HashSet<>(first);
                all.addAll(second);
                assertThat(first.size() + second.size()).as("no event taken twice").isEqualTo(all.size());
                assertThat(all).as("every event taken").hasSize(200);
            } finally {
                nodes.shutdownNow();
            }
        });
    }
}
