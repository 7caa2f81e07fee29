package org.learningsociety.workflow.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.subject.SubjectEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The core's events written to the outbox in the transaction of the change that raised them (one batch
 * statement for all the events of the change), and handed to the {@link OutboxDispatcher} once that
 * transaction committed; a change rolled back leaves no row and delivers nothing. Each row is written
 * claimed by this node for the dispatcher's lease, so that no other node's poll takes it while this
 * node delivers it; if this node dies first, the lease runs out and any node's poll delivers it.
 */
public class OutboxDomainEvents implements DomainEvents {

    private final EventOutbox outbox;
    private final EventSubjects subjects;
    private final OutboxDispatcher dispatcher;

    /** @param zone the zone of the cycle's days: an event's unit code is the one valid on its day there */
    public OutboxDomainEvents(EventOutbox outbox, OutboxDispatcher dispatcher, ZoneId zone) {
        this.outbox = Objects.requireNonNull(outbox);
        this.dispatcher = Objects.requireNonNull(dispatcher);
        this.subjects = new EventSubjects(
                new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(outbox.jdbc()), zone,
                outbox.postgresql());
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Envelope> envelopes = subjects.envelopes(events, outbox.codec());
        for (DomainEvent event : events) {
            if (event instanceof SubjectEvent.SubjectErased erased) {
                outbox.forgetDelivered(erased.subject().value());
            }
        }
        Instant now = dispatcher.now();
        String claim = dispatcher.claimForWrite(envelopes.size());
        outbox.insert(envelopes, claim, now, claim == null ? now : dispatcher.leaseFrom(now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.deliverWritten(envelopes, claim);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        dispatcher.released(envelopes.size(), claim);
                    }
                }
            });
        } else {
            dispatcher.deliverWritten(envelopes, claim);
        }
    }
}
