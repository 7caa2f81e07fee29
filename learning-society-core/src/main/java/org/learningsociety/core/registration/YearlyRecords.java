package org.learningsociety.core.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;

/**
 * The subjects' yearly records as the use cases ({@link Registering}, {@link SelfAssessing},
 * {@link Verifying}, {@link Recognising}, {@link RevokingRecognition}) read and change them: one
 * registration by id, and the shared way a batch of them is changed — loaded, changed by the
 * aggregate, written with their versions and audited in one transaction, the events published after
 * it.
 */
public class YearlyRecords {

    private final Registrations registrations;
    private final CriteriaSets criteriaSets;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Map<CriteriaSetId, CriteriaSet> setCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Without an audit trail: for tools and tests; a host wires the constructor that takes one. */
    public YearlyRecords(Registrations registrations, CriteriaSets criteriaSets, Transactions transactions,
            DomainEvents events, Clock clock) {
        this(registrations, criteriaSets, transactions, events, clock, AuditTrail.NONE, CurrentActor.SYSTEM);
    }

    /** Every change is recorded in {@code audit}, in its transaction, with the actor {@code actor} names. */
    public YearlyRecords(Registrations registrations, CriteriaSets criteriaSets, Transactions transactions,
            DomainEvents events, Clock clock, AuditTrail audit, CurrentActor actor) {
        this.registrations = Objects.requireNonNull(registrations);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.transactions = Objects.requireNonNull(transactions);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
    }

    public Registration registration(RegistrationId id) {
        return registrations.findById(id).orElseThrow(() ->
                new NotFoundException("registrationId", id, "Không có hồ sơ đăng ký này"));
    }

    @FunctionalInterface
    interface Change<I> {
        DomainEvent apply(Registration registration, CriteriaSet set, I input, Instant now);
    }

    /** Changes each registration {@code inputs} name by {@code change}, audited as {@code action}. */
    <I> void change(List<I> inputs, Function<I, RegistrationId> idOf, AuditAction action, Change<I> change) {
        List<DomainEvent> raised = new ArrayList<>();
        transactions.run(() -> {
            Instant now = clock.instant();
            Map<RegistrationId, I> byId = new HashMap<>();
            for (I input : inputs) {
                if (byId.put(idOf.apply(input), input) != null) {
                    throw new InvalidInputException("registrationId", idOf.apply(input), "Hồ sơ xuất hiện hai lần trong một lần gửi");
                }
            }
            List<Registration> loaded = load(byId.keySet());
            Actor by = actor.get();
            List<AuditRecord> records = new ArrayList<>(loaded.size());
            for (Registration registration : loaded) {
                String before = registration.auditText();
                raised.add(change.apply(registration, setOf(registration), byId.get(registration.id()), now));
                records.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(), action, by, now,
                        before, registration.auditText(), null));
            }
            registrations.updateAll(loaded);
            audit.appendAll(records);
            events.publish(raised);
        });
    }

    /** The criteria set a registration was made against (each read once). */
    CriteriaSet setOf(Registration registration) {
        return setCache.computeIfAbsent(registration.criteriaSet(), id -> criteriaSets.findById(id).orElseThrow());
    }

    List<Registration> load(Collection<RegistrationId> ids) {
        return requireAll(ids, registrations.findByIds(ids));
    }

    List<Registration> loadWithoutEvidence(Collection<RegistrationId> ids) {
        return requireAll(ids, registrations.findByIdsWithoutEvidence(ids));
    }

    private static List<Registration> requireAll(Collection<RegistrationId> ids, List<Registration> loaded) {
        if (loaded.size() != new HashSet<>(ids).size()) {
            Set<RegistrationId> found = loaded.stream().map(Registration::id).collect(Collectors.toSet());
            RegistrationId missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw new NotFoundException("registrationId", missing, "Không có hồ sơ đăng ký này");
        }
        return loaded;
    }

    Registrations registrations() {
        return registrations;
    }

    CriteriaSets criteriaSets() {
        return criteriaSets;
    }

    Transactions transactions() {
        return transactions;
    }

    DomainEvents events() {
        return events;
    }

    Clock clock() {
        return clock;
    }

    AuditTrail audit() {
        return audit;
    }

    CurrentActor actor() {
        return actor;
    }
}
