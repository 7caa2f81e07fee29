package org.learningsociety.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Transactions;

/**
 * Keeps evidence no longer than the retention a province sets ({@code learning-society.evidence-retention}
 * in the starter): {@link #purge} deletes the evidence of the years registered more than the retention
 * before a day (their uploaded files too, after the purge is committed), and records each purge in
 * the audit trail. Points, statuses and decisions stay.
 */
public class EvidenceRetention {

    private final PersonalDataRecords records;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Period retention;
    private final Clock clock;
    private final EvidenceStore files;

    public EvidenceRetention(PersonalDataRecords records, AuditTrail audit, Transactions transactions,
            Period retention, Clock clock) {
        this(records, audit, transactions, retention, clock, EvidenceStore.NONE);
    }

    /** @param files where uploaded evidence files are kept: a purge deletes the expired years' there too */
    public EvidenceRetention(PersonalDataRecords records, AuditTrail audit, Transactions transactions,
            Period retention, Clock clock, EvidenceStore files) {
        this.files = Objects.requireNonNull(files);
        this.records = Objects.requireNonNull(records);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.retention = Objects.requireNonNull(retention);
        if (retention.isNegative() || retention.isZero()) {
            throw new InvalidInputException("evidenceRetention", retention, "Thời hạn lưu minh chứng phải lớn hơn 0");
        }
        this.clock = Objects.requireNonNull(clock);
    }

    public Period retention() {
        return retention;
    }

    /**
     * Deletes the evidence of the years registered before {@code asOf} minus the retention; returns
     * the years whose evidence went.
     */
    public List<RegistrationId> purge(LocalDate asOf) {
        Instant cutoff = asOf.minus(retention).atStartOfDay(clock.getZone()).toInstant();
        List<RegistrationId> purged = transactions.inTransaction(() -> {
            List<RegistrationId> expired = records.holdingEvidenceRegisteredBefore(cutoff);
            if (expired.isEmpty()) {
                return expired;
            }
            records.deleteEvidenceOf(expired);
            Instant now = clock.instant();
            audit.appendAll(expired.stream().map(id -> AuditRecord.of(Audited.REGISTRATION, id.value(),
                    AuditAction.EVIDENCE_PURGED, Actor.SYSTEM, now, null, null,
                    "quá thời hạn lưu " + retention)).toList());
            return expired;
        });
        // files are not transactional: they go once the purge is written, never before
        files.deleteAllOf(purged);
        return purged;
    }
}
