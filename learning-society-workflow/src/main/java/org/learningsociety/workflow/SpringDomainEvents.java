package org.learningsociety.workflow;

import java.util.List;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes the core's domain events as Spring application events after the transaction that
 * raised them commits (at once when there is none), so that a portal notifies citizens and officers
 * of what really happened. A rolled-back change publishes nothing.
 */
public class SpringDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    public SpringDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<? extends DomainEvent> copy = List.copyOf(events);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    copy.forEach(publisher::publishEvent);
                }
            });
        } else {
            copy.forEach(publisher::publishEvent);
        }
    }
}
