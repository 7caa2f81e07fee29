package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/**
 * Real threads on real databases: of a hundred officers registering one household for one year at
 * once, one succeeds and the others are told in Vietnamese it is already registered; of two verifying
 * one registration at once, one wins and the other is told someone else changed it, with nothing of
 * its work written.
 */
class ConcurrentChangesTest {

    private static final int OFFICERS = 100;

    @OnBothDatabases
    void ofAHundredConcurrentRegistrationsOfOneSubjectAndYearExactlyOneSucceeds(Database database) throws Exception {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            Subject household = s.households("10507", "c", 1).get(0);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Registration>> attempts = new ArrayList<>();
            for (int i = 0; i < OFFICERS; i++) {
                attempts.add(() -> {
                    start.await();
                    return s.registering().register(household.id(), 2025);
                });
            }

            List<Throwable> failures = new ArrayList<>();
            int succeeded = 0;
            ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
            try {
                List<Future<Registration>> results = new ArrayList<>();
                attempts.forEach(a -> results.add(pool.submit(a)));
                start.countDown();
                for (Future<Registration> result : results) {
                    try {
                        result.get(120, TimeUnit.SECONDS);
                        succeeded++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(succeeded).isEqualTo(1);
            assertThat(failures).hasSize(OFFICERS - 1).allSatisfy(f -> {
                assertThat(f).isInstanceOf(ConflictException.class);
                assertThat(f.getMessage()).contains("đã đăng ký");
            });
            assertThat(store.count("ls_registration")).isEqualTo(1);
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_audit WHERE action = 'REGISTERED'")).isEqualTo(1);
        }
    }

    /**
     * {@code UnitLocks}, which starting a commune's cycle holds: a second transaction holding the same
     * unit waits until the first ends, so a check made under the lock sees what the first one wrote.
     */
    @OnBothDatabases
    void aUnitHeldByOneTransactionMakesTheNextHolderWaitUntilItHasEnded(Database database) throws Exception {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.households("10507", "l", 1);
            MyBatisPersistence p = store.persistence();
            CountDownLatch held = new CountDownLatch(1);
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = pool.submit(() -> p.transactions().run(() -> {
                    p.unitLocks().hold("10507");
                    held.countDown();
                    sleep(300);
                    order.add("first ends");
                }));
                assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
                Future<?> second = pool.submit(() -> p.transactions().run(() -> {
                    p.unitLocks().hold("10507");
                    order.add("second holds");
                }));
                first.get(60, TimeUnit.SECONDS);
                second.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(order).containsExactly("first ends", "second holds");
            p.transactions().run(() -> p.unitLocks().hold("khong-co"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @OnBothDatabases
    void ofTwoConcurrentVerificationsOfOneRegistrationOneWinsAndTheOtherWritesNothing(Database database)
            throws Exception {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            Subject household = s.households("10507", "v", 1).get(0);
            Registration registration = s.registering().register(household.id(), 2025);
            s.selfAssessing().selfAssess(new SelfAssessment(registration.id(), ServicesOnDatabase.full(),
                    ServicesOnDatabase.evidence()), false);
            BothRead bothRead = new BothRead(store.persistence().registrations());
            MyBatisPersistence p = store.persistence();
            Verifying racing = new Verifying(new YearlyRecords(bothRead, p.criteriaSets(), p.transactions(),
                    DomainEvents.NONE, s.clock(), p.auditTrail(), () -> s.acting().get()));
            Scores low = CriteriaFixture.with(ServicesOnDatabase.full(), "4.2", 5);
            bothRead.arm();

            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Throwable> failures = new ArrayList<>();
            int succeeded = 0;
            try {
                List<Future<?>> results = List.of(
                        pool.submit(() -> racing.verify(new Verification(registration.id(), ServicesOnDatabase.full(),
                                "Cán bộ A", "đủ"))),
                        pool.submit(() -> racing.verify(new Verification(registration.id(), low, "Cán bộ B", "thiếu"))));
                for (Future<?> result : results) {
                    try {
                        result.get(60, TimeUnit.SECONDS);
                        succeeded++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(succeeded).isEqualTo(1);
            assertThat(failures).singleElement().satisfies(f -> {
                assertThat(f).isInstanceOf(ConflictException.class);
                assertThat(f.getMessage()).contains("đã được người khác thay đổi");
            });
            Registration stored = s.records().registration(registration.id());
            assertThat(stored.status()).isEqualTo(RegistrationStatus.VERIFIED);
            boolean aWon = stored.verifier().equals("Cán bộ A");
            assertThat(stored.verifiedScores()).isEqualTo(aWon ? ServicesOnDatabase.full() : low);
            assertThat(stored.verificationNote()).isEqualTo(aWon ? "đủ" : "thiếu");
            assertThat(stored.version()).isEqualTo(registration.version() + 2);
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_audit WHERE action = 'VERIFIED'")).isEqualTo(1);
            assertThat(store.count("ls_evidence")).isEqualTo(ServicesOnDatabase.evidence().size());
        }
    }

    /** Registrations whose next two reads wait for each other, so that both racers read the same version. */
    private static final class BothRead implements Registrations {

        private final Registrations delegate;
        private final CyclicBarrier barrier = new CyclicBarrier(2);
        private final AtomicBoolean armed = new AtomicBoolean();

        BothRead(Registrations delegate) {
            this.delegate = delegate;
        }

        void arm() {
            armed.set(true);
        }

        @Override
        public List<Registration> findByIds(Collection<RegistrationId> ids) {
            List<Registration> read = delegate.findByIds(ids);
            if (armed.get()) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other racer never read", e);
                }
            }
            return read;
        }

        @Override
        public RegistrationId nextIds(int count) {
            return delegate.nextIds(count);
        }

        @Override
        public void addAll(Collection<Registration> registrations) {
            delegate.addAll(registrations);
        }

        @Override
        public Optional<Registration> findById(RegistrationId id) {
            return delegate.findById(id);
        }

        @Override
        public Set<SubjectId> registeredAmong(Collection<SubjectId> subjects, int year) {
            return delegate.registeredAmong(subjects, year);
        }

        @Override
        public java.util.Optional<RegistrationId> idOf(SubjectId subject, int year) {
            return delegate.idOf(subject, year);
        }

        @Override
        public List<Registration> findByUnit(UnitId unit, int year, LearningModel model) {
            return delegate.findByUnit(unit, year, model);
        }

        @Override
        public void updateAll(Collection<Registration> registrations) {
            delegate.updateAll(registrations);
        }

        @Override
        public org.learningsociety.core.shared.Page<Registration> find(
                org.learningsociety.core.registration.RegistrationFilter filter,
                org.learningsociety.core.shared.PageRequest page) {
            return delegate.find(filter, page);
        }

        @Override
        public Map<RegistrationStatus, Long> countByStatus(Collection<UnitId> units, int year, LearningModel model) {
            return delegate.countByStatus(units, year, model);
        }
    }
}
