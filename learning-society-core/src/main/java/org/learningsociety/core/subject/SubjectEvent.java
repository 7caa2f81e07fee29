package org.learningsociety.core.subject;

import java.time.Instant;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.unit.UnitId;

/**
 * What happened to a subject itself (not to one of its years): enrolled, moved to another unit, its
 * personal data erased. Each names the portal's own id for it, so that a portal finds its record.
 */
public sealed interface SubjectEvent extends DomainEvent {

    SubjectId subject();

    /** The portal's id for the subject (for an erasure: the one it had before it was erased). */
    String externalId();

    LearningModel model();

    /** A subject enrolled under {@code unit} (whose code was {@code unitCode} on the day). */
    record SubjectAdded(SubjectId subject, String externalId, LearningModel model, UnitId unit, String unitCode,
            Instant occurredAt) implements SubjectEvent { }

    /** A subject re-assigned from one unit to another; its past years stay with the units they were made in. */
    record SubjectMoved(SubjectId subject, String externalId, LearningModel model, UnitId from, String fromCode,
            UnitId to, String toCode, Instant occurredAt) implements SubjectEvent { }

    /**
     * A subject's personal data erased at its request: its name and portal id are pseudonymised in the
     * library, {@code externalId} is the portal id it had, for the portal to erase its own copy.
     */
    record SubjectErased(SubjectId subject, String externalId, LearningModel model, UnitId unit, Instant occurredAt)
            implements SubjectEvent { }
}
