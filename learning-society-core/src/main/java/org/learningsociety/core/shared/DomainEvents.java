package org.learningsociety.core.shared;

import java.util.List;

/**
 * Where application services hand the events of a change, inside the transaction that makes it (as
 * its last step): a host records them with the change and delivers them once it committed (the
 * Spring starter writes them to its outbox table, {@code ls_event_outbox}, and delivers them after
 * commit, at least once); a change rolled back takes its events with it. The default drops them.
 */
@FunctionalInterface
public interface DomainEvents {

    DomainEvents NONE = events -> { };

    void publish(List<? extends DomainEvent> events);
}
