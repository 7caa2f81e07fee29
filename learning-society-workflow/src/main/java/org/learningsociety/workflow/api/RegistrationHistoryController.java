package org.learningsociety.workflow.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditExport;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.YearlyRecords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of a subject's year: every step (registration, self-assessment, verification,
 * decision, revocation, evidence purge, erasure) with who, when, before, after and why — as JSON, and
 * as the CSV an officer opens in a spreadsheet ({@link AuditExport}: UTF-8 with a byte order mark,
 * formula-safe). Reachable by whoever reaches the registration itself.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/registrations")
public class RegistrationHistoryController {

    private final YearlyRecords records;
    private final AuditTrail audit;
    private final UnitAccess access;

    public RegistrationHistoryController(YearlyRecords records, AuditTrail audit, UnitAccess access) {
        this.records = Objects.requireNonNull(records);
        this.audit = Objects.requireNonNull(audit);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * One step of a year.
     *
     * @param actionName the action in Vietnamese
     * @param before the state before as compact text, {@code null} for a creation
     * @param reason {@code null} where the step needs none
     */
    public record HistoryEntry(AuditAction action, String actionName, String actor, Instant at, String before,
            String after, String reason) { }

    public record History(long registrationId, List<HistoryEntry> entries) { }

    /**
     * The audit trail of a registration's year. Every step with its action, actor, time, state before
     * and after, and reason.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/history")
    public History history(@PathVariable long id) {
        return new History(id, historyOf(id).stream().map(r -> new HistoryEntry(r.action(),
                r.action().vietnameseName(), r.actor(), r.at(), r.before(), r.after(), r.reason())).toList());
    }

    /**
     * The audit trail of a registration's year as a CSV attachment. UTF-8 with a byte order mark so that
     * a spreadsheet opens it as such, every cell formula-safe.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/history.csv")
    public ResponseEntity<byte[]> historyCsv(@PathVariable long id) {
        byte[] csv = AuditExport.csv(historyOf(id)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lich-su-dang-ky-" + id + ".csv").build().toString())
                .body(csv);
    }

    private List<AuditRecord> historyOf(long id) {
        Registration registration = records.registration(new RegistrationId(id));
        access.requireAccess(registration.unit());
        return audit.historyOf(Audited.REGISTRATION, id);
    }
}
