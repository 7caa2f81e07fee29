package org.learningsociety.portal;

import org.learningsociety.core.shared.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/** Writes the library's domain events to the log; the starter publishes them after commit. */
class DomainEventLog {

    private static final Logger LOG = LoggerFactory.getLogger(DomainEventLog.class);

    @EventListener
    void on(DomainEvent event) {
        LOG.info("Sự kiện: {}", event);
    }
}
