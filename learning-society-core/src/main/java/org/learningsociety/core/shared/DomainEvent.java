package org.learningsociety.core.shared;

import java.time.Instant;

/** Something that happened in the domain, named in the past tense. */
public interface DomainEvent {

    Instant occurredAt();
}
