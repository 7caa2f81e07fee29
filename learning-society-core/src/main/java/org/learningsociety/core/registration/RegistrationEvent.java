package org.learningsociety.core.registration;

import java.time.Instant;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/** What happened to a subject's year. */
public sealed interface RegistrationEvent extends DomainEvent {

    RegistrationId registration();

    record SubjectRegistered(RegistrationId registration, SubjectId subject, LearningModel model, UnitId unit,
            int year, Instant occurredAt) implements RegistrationEvent { }

    record SelfAssessmentSubmitted(RegistrationId registration, int total, boolean late, Instant occurredAt)
            implements RegistrationEvent { }

    record AssessmentVerified(RegistrationId registration, int verifiedTotal, boolean earnsTitle, String verifier,
            Instant occurredAt) implements RegistrationEvent { }

    record TitleRecognised(RegistrationId registration, DecisionId decision, Instant occurredAt)
            implements RegistrationEvent { }

    record TitleNotRecognised(RegistrationId registration, String reason, Instant occurredAt)
            implements RegistrationEvent { }

    /**
     * A year closed without a self-assessment: the subject never self-assessed, the officer recorded why,
     * and the year counts as registered and not recognised.
     */
    record SelfAssessmentNeverMade(RegistrationId registration, String reason, Instant occurredAt)
            implements RegistrationEvent { }

    /** A recognition withdrawn: the decision stays as issued; the year is no longer recognised. */
    record RecognitionRevoked(RegistrationId registration, DecisionId decision, String reason, Instant occurredAt)
            implements RegistrationEvent { }
}
