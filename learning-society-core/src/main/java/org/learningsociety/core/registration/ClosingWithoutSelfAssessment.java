package org.learningsociety.core.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * A village closes its self-assessment although some of its subjects never self-assessed: each of their
 * years becomes not recognised with the reason "Không tự đánh giá: …", the officer's reason, counted
 * as registered and not recognised; the audit trail records who closed it and why.
 */
public class ClosingWithoutSelfAssessment {

    private final YearlyRecords records;

    public ClosingWithoutSelfAssessment(YearlyRecords records) {
        this.records = Objects.requireNonNull(records);
    }

    /**
     * Closes the years of {@code model} in {@code year} made in {@code units} that are still only
     * registered, for {@code reason} (required when there is any); answers how many it closed.
     */
    public int closeNeverSelfAssessed(Collection<UnitId> units, int year, LearningModel model, String reason) {
        List<DomainEvent> raised = new ArrayList<>();
        int closed = records.transactions().inTransaction(() -> {
            Instant now = records.clock().instant();
            List<Registration> pending = new ArrayList<>();
            for (UnitId unit : units) {
                records.registrations().findByUnitWithoutEvidence(unit, year, model).stream()
                        .filter(r -> r.status() == RegistrationStatus.REGISTERED).forEach(pending::add);
            }
            if (pending.isEmpty()) {
                return 0;
            }
            // read just now without evidence: written back as read, one changed meanwhile refused by its version
            List<Registration> loaded = pending;
            Actor by = records.actor().get();
            List<AuditRecord> audited = new ArrayList<>(loaded.size());
            for (Registration registration : loaded) {
                String before = registration.auditText();
                raised.add(registration.closeWithoutSelfAssessment(reason, now));
                audited.add(AuditRecord.of(Audited.REGISTRATION, registration.id().value(),
                        AuditAction.NEVER_SELF_ASSESSED, by, now, before, registration.auditText(), reason.trim()));
            }
            records.registrations().updateAll(loaded);
            records.audit().appendAll(audited);
            records.events().publish(raised);
            return loaded.size();
        });
        return closed;
    }
}
