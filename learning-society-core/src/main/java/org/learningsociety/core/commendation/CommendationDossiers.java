package org.learningsociety.core.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.Subjects;

/**
 * The dossier (hồ sơ) of a commendation proposal, as it goes up with a proposal the province sends to a
 * higher body (the Prime Minister's Bằng khen at a review): the subject, and its record year by year — each
 * year registered, where it stood, the verified points and the decision that recognised it.
 */
public class CommendationDossiers {

    /** How many years back from the proposal's year the record is read: two phases of the programme. */
    public static final int YEARS_READ = 10;

    private final Commendations commendations;
    private final Registrations registrations;
    private final Subjects subjects;
    private final Decisions decisions;

    public CommendationDossiers(Commendations commendations, Registrations registrations, Subjects subjects,
            Decisions decisions) {
        this.commendations = Objects.requireNonNull(commendations);
        this.registrations = Objects.requireNonNull(registrations);
        this.subjects = Objects.requireNonNull(subjects);
        this.decisions = Objects.requireNonNull(decisions);
    }

    /**
     * One year of the subject's record.
     *
     * @param verifiedTotal the verified points, {@code null} before verification
     * @param decision the decision that recognised the year, {@code null} when none did
     */
    public record YearOnRecord(int year, RegistrationStatus status, Integer verifiedTotal, Decision decision) { }

    /** A proposal, the recognised year it proposes, its subject and the subject's years, oldest first. */
    public record Dossier(Commendation proposal, Registration proposed, Subject subject, List<YearOnRecord> years) {

        /** How many years of the record were recognised. */
        public long recognisedYears() {
            return years.stream().filter(y -> y.status() == RegistrationStatus.RECOGNISED).count();
        }
    }

    /** The dossier of proposal {@code id}. */
    public Dossier of(CommendationId id) {
        Commendation proposal = commendations.findById(id).orElseThrow(() ->
                new NotFoundException("commendationId", id.value(), "Không có đề nghị khen thưởng này"));
        Registration proposed = registrations.findByIdsWithoutEvidence(List.of(proposal.registration())).get(0);
        Subject subject = subjects.findById(proposed.subject()).orElseThrow(() ->
                new NotFoundException("subjectId", proposed.subject().value(), "Không có đối tượng này"));
        List<RegistrationId> ids = new ArrayList<>();
        for (int year = proposed.year() - YEARS_READ + 1; year <= proposed.year(); year++) {
            registrations.idOf(subject.id(), year).ifPresent(ids::add);
        }
        List<YearOnRecord> years = new ArrayList<>();
        for (Registration registration : registrations.findByIdsWithoutEvidence(ids)) {
            if (registration.model() != proposed.model()) {
                continue;
            }
            Optional<Decision> decision = registration.status() == RegistrationStatus.RECOGNISED
                    && registration.decision() != null ? decisions.findById(registration.decision()) : Optional.empty();
            years.add(new YearOnRecord(registration.year(), registration.status(),
                    registration.verifiedScores() == null ? null : registration.verifiedScores().total(),
                    decision.orElse(null)));
        }
        years.sort(java.util.Comparator.comparingInt(YearOnRecord::year));
        return new Dossier(proposal, proposed, subject, List.copyOf(years));
    }
}
