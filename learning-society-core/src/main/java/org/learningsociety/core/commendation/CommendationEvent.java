package org.learningsociety.core.commendation;

import java.time.Instant;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.DomainEvent;

/** What happened to a commendation. */
public sealed interface CommendationEvent extends DomainEvent {

    CommendationId commendation();

    record CommendationProposed(CommendationId commendation, RegistrationId registration, String form,
            String proposedBy, Instant occurredAt) implements CommendationEvent { }

    record CommendationApproved(CommendationId commendation, DecisionId decision, Instant occurredAt)
            implements CommendationEvent { }

    record CommendationRefused(CommendationId commendation, String reason, Instant occurredAt)
            implements CommendationEvent { }
}
