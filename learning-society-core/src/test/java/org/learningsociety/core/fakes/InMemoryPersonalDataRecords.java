package org.learningsociety.core.fakes;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.learningsociety.core.privacy.PersonalDataRecords;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;

/** Personal-data requests over the in-memory subjects and registrations (it holds no state itself). */
public final class InMemoryPersonalDataRecords implements PersonalDataRecords {

    private final InMemorySubjects subjects;
    private final InMemoryRegistrations registrations;

    public InMemoryPersonalDataRecords(InMemorySubjects subjects, InMemoryRegistrations registrations) {
        this.subjects = subjects;
        this.registrations = registrations;
    }

    @Override
    public List<RegistrationId> registrationsOf(SubjectId subject) {
        return registrations.rows().stream().filter(r -> r.subject().equals(subject))
                .sorted(Comparator.comparingInt(InMemoryRegistrations.Row::year)
                        .thenComparingLong(r -> r.id().value()))
                .map(InMemoryRegistrations.Row::id).toList();
    }

    @Override
    public void pseudonymise(SubjectId id, String name, String externalId) {
        Subject subject = subjects.findById(id).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        subjects.replace(new Subject(id, subject.kind(), subject.unit(), name, externalId));
    }

    @Override
    public int deleteEvidenceOf(Collection<RegistrationId> ids) {
        return registrations.dropEvidence(ids);
    }

    @Override
    public List<RegistrationId> holdingEvidenceRegisteredBefore(Instant cutoff) {
        return registrations.rows().stream()
                .filter(r -> r.registeredAt() != null && r.registeredAt().isBefore(cutoff) && !r.evidence().isEmpty())
                .map(InMemoryRegistrations.Row::id).toList();
    }
}
