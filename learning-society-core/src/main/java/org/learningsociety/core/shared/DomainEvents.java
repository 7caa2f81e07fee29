package org.learningsociety.core.shared;

import java.util.List;

/**
 * Where application services hand the events of a committed change. A host publishes them (the
 * Spring starter does so after commit); the default drops them.
 */
@FunctionalInterface
public interface DomainEvents {

    DomainEvents NONE = events -> { };

    void publish(List<? extends DomainEvent> events);
}
