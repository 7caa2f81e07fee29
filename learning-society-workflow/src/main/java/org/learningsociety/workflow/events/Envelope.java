package org.learningsociety.workflow.events;

import java.time.Instant;
import java.util.UUID;
import org.learningsociety.core.shared.DomainEvent;

/** A row of the outbox: the event, its id and what it is about; {@code attempts} made so far. */
record Envelope(UUID id, String type, Instant occurredAt, DomainEvent payload, Long subjectId, String externalId,
        String unitCode, String model, Integer year, int attempts) {

    LearningSocietyEvent delivery() {
        return new LearningSocietyEvent(id, type, occurredAt, payload, subjectId, externalId, unitCode, model, year,
                attempts + 1);
    }
}
