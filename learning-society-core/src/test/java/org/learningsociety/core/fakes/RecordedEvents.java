package org.learningsociety.core.fakes;

import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;

/** Keeps every event the services publish, in order. */
public final class RecordedEvents implements DomainEvents {

    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(List<? extends DomainEvent> events) {
        published.addAll(events);
    }

    public List<DomainEvent> all() {
        return List.copyOf(published);
    }

    public <E extends DomainEvent> List<E> ofType(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        published.clear();
    }
}
