package org.learningsociety.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectEvent;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;

/**
 * A subject's personal data on request (Decree 13/2023/NĐ-CP). The library keeps of a household,
 * clan, organisation or citizen only its name, the portal's external id and its unit; of its years
 * the points, the evidence references and titles, the decisions and commendations.
 *
 * <p>{@link #export} gives all of it, with the audit records about it. {@link #erase} replaces the
 * name and external id with a pseudonym ({@value #PSEUDONYM}&lt;id&gt;), deletes the evidence (the
 * uploaded files too, after the erasure is committed) and
 * blanks the values of the audit records about the subject, its years and commendations (their
 * actions, actors and times stay). Statuses, points and units stay, so every count and report made
 * before the erasure comes out the same after it.
 */
public class PersonalData {

    /** The name an erased subject is left with, followed by its id. */
    public static final String PSEUDONYM = "Đã xoá theo yêu cầu #";

    private final Subjects subjects;
    private final Registrations registrations;
    private final Commendations commendations;
    private final PersonalDataRecords records;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Clock clock;
    private final EvidenceStore files;
    private final DomainEvents events;

    public PersonalData(Subjects subjects, Registrations registrations, Commendations commendations,
            PersonalDataRecords records, AuditTrail audit, Transactions transactions, CurrentActor actor, Clock clock) {
        this(subjects, registrations, commendations, records, audit, transactions, actor, clock, EvidenceStore.NONE);
    }

    /** @param files where uploaded evidence files are kept: an erasure deletes the subject's there too */
    public PersonalData(Subjects subjects, Registrations registrations, Commendations commendations,
            PersonalDataRecords records, AuditTrail audit, Transactions transactions, CurrentActor actor, Clock clock,
            EvidenceStore files) {
        this(subjects, registrations, commendations, records, audit, transactions, actor, clock, files,
                DomainEvents.NONE);
    }

    /**
     * @param files where uploaded evidence files are kept: an erasure deletes the subject's there too
     * @param events where an erasure is handed ({@link SubjectEvent.SubjectErased}), in its transaction
     */
    public PersonalData(Subjects subjects, Registrations registrations, Commendations commendations,
            PersonalDataRecords records, AuditTrail audit, Transactions transactions, CurrentActor actor, Clock clock,
            EvidenceStore files, DomainEvents events) {
        this.events = Objects.requireNonNull(events);
        this.files = Objects.requireNonNull(files);
        this.subjects = Objects.requireNonNull(subjects);
        this.registrations = Objects.requireNonNull(registrations);
        this.commendations = Objects.requireNonNull(commendations);
        this.records = Objects.requireNonNull(records);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Everything the library holds about one subject. */
    public record SubjectData(Subject subject, List<Registration> registrations, List<Commendation> commendations,
            List<AuditRecord> auditRecords) {

        /** The data as JSON text (UTF-8, no library needed to read it). */
        public String toJson() {
            return PersonalDataJson.of(this);
        }
    }

    public SubjectData export(SubjectId id) {
        return transactions.inTransaction(() -> {
            Subject subject = subjects.findById(id).orElseThrow(() ->
                    new NotFoundException("subjectId", id, "Không có đối tượng này"));
            List<Registration> years = new ArrayList<>(registrations.findByIds(records.registrationsOf(id)));
            years.sort(Comparator.comparingInt(Registration::year));
            List<Commendation> commended = new ArrayList<>();
            years.forEach(r -> commended.addAll(commendations.findByRegistration(r.id())));
            List<AuditRecord> history = new ArrayList<>(audit.historyOf(Audited.SUBJECT, id.value()));
            years.forEach(r -> history.addAll(audit.historyOf(Audited.REGISTRATION, r.id().value())));
            commended.forEach(c -> history.addAll(audit.historyOf(Audited.COMMENDATION, c.id().value())));
            history.sort(Comparator.comparing(AuditRecord::at));
            return new SubjectData(subject, List.copyOf(years), List.copyOf(commended), List.copyOf(history));
        });
    }

    /**
     * Erases the subject's personal data at its request, {@code request} naming the request (its
     * number in the portal, say). Returns the subject as it is left.
     */
    public Subject erase(SubjectId id, String request) {
        if (request == null || request.isBlank() || request.length() > 200) {
            throw new InvalidInputException("request", request, "Phải nêu số hoặc mã yêu cầu xoá dữ liệu (tối đa 200 ký tự)");
        }
        List<RegistrationId> erasedYears = new ArrayList<>();
        Subject erased = transactions.inTransaction(() -> {
            Subject subject = subjects.findById(id).orElseThrow(() ->
                    new NotFoundException("subjectId", id, "Không có đối tượng này"));
            List<RegistrationId> years = records.registrationsOf(id);
            erasedYears.addAll(years);
            List<Long> commendationIds = new ArrayList<>();
            years.forEach(r -> commendations.findByRegistration(r).forEach(c -> commendationIds.add(c.id().value())));
            records.pseudonymise(id, PSEUDONYM + id, "erased-" + id);
            records.deleteEvidenceOf(years);
            audit.erasePersonalValues(Audited.SUBJECT, List.of(id.value()));
            audit.erasePersonalValues(Audited.REGISTRATION, years.stream().map(RegistrationId::value).toList());
            audit.erasePersonalValues(Audited.COMMENDATION, commendationIds);
            Instant now = clock.instant();
            audit.append(AuditRecord.of(Audited.SUBJECT, id.value(), AuditAction.PERSONAL_DATA_ERASED,
                    actor.get(), now, null, null, "yêu cầu " + request));
            events.publish(List.of(new SubjectEvent.SubjectErased(id, subject.externalId(), subject.model(),
                    subject.unit(), now)));
            return new Subject(subject.id(), subject.kind(), subject.unit(), PSEUDONYM + id, "erased-" + id);
        });
        // files are not transactional: they go once the erasure is written, never before
        files.deleteAllOf(erasedYears);
        return erased;
    }

}
