package org.learningsociety.core.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.DomainEvent;

/** Revoking a recognition: the year becomes not recognised, with the reason; the decision stays. */
public class RevokingRecognition {

    private final YearlyRecords records;

    public RevokingRecognition(YearlyRecords records) {
        this.records = Objects.requireNonNull(records);
    }

    /**
     * Revokes the recognition of {@code id} for {@code reason}: the year becomes not recognised with
     * the reason, the decision that recognised it stays as issued, and the audit trail records who
     * revoked it and why. Decisions themselves are never changed.
     */
    public Registration revokeRecognition(RegistrationId id, String reason) {
        List<DomainEvent> raised = new ArrayList<>();
        Registration revoked = records.transactions().inTransaction(() -> {
            Instant now = records.clock().instant();
            Registration registration = records.load(List.of(id)).get(0);
            String before = registration.auditText();
            raised.add(registration.revokeRecognition(reason, now));
            records.registrations().updateAll(List.of(registration));
            records.audit().append(AuditRecord.of(Audited.REGISTRATION, id.value(), AuditAction.RECOGNITION_REVOKED,
                    records.actor().get(), now, before, registration.auditText(), reason));
            records.events().publish(raised);
            return registration;
        });
        return revoked;
    }
}
