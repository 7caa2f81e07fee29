package org.learningsociety.core.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.attainment.RecordUnits;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationFilter;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationFilter;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectFilter;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * The lists a portal reads: a unit stands for its whole subtree as it is today, with the past units
 * whose records roll up into it (a commune merged in the 2025 reform lists its old communes' records).
 */
public class Listings {

    private final UnitDirectory units;
    private final RecordUnits recordUnits;
    private final Subjects subjects;
    private final Registrations registrations;
    private final Decisions decisions;
    private final Commendations commendations;
    private final Clock clock;

    public Listings(UnitDirectory units, RecordUnits recordUnits, Subjects subjects, Registrations registrations,
            Decisions decisions, Commendations commendations, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.recordUnits = Objects.requireNonNull(recordUnits);
        this.subjects = Objects.requireNonNull(subjects);
        this.registrations = Objects.requireNonNull(registrations);
        this.decisions = Objects.requireNonNull(decisions);
        this.commendations = Objects.requireNonNull(commendations);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A registration with its subject, as a list shows it. */
    public record ListedRegistration(Registration registration, Subject subject) { }

    /** A commendation with the registration and subject it honours. */
    public record ListedCommendation(Commendation commendation, Registration registration, Subject subject) { }

    /** A decision with what it decided: the registrations it recognised, or the commendations it approved. */
    public record DecisionWithList(Decision decision, List<ListedRegistration> recognised,
            List<ListedCommendation> commended) { }

    public Page<Subject> subjects(String unitCode, LearningModel model, String externalId, String nameContains,
            PageRequest page) {
        return subjects.find(new SubjectFilter(scope(unitCode), model, externalId, nameContains), page);
    }

    public Page<ListedRegistration> registrations(String unitCode, int year, LearningModel model,
            RegistrationStatus status, PageRequest page) {
        Years.require("year", year);
        return withSubjects(registrations.find(new RegistrationFilter(scope(unitCode), year, model, status), page));
    }

    /** The decisions issued by the unit and the units beneath it, for the cycle of {@code year} (every year if null). */
    public Page<Decision> decisions(String unitCode, Integer year, PageRequest page) {
        if (year != null) {
            Years.require("year", year);
        }
        return decisions.find(scope(unitCode), year, page);
    }

    public Page<ListedCommendation> commendations(String unitCode, Integer year, CommendationStatus status,
            PageRequest page) {
        if (year != null) {
            Years.require("year", year);
        }
        Page<Commendation> found = commendations.find(new CommendationFilter(scope(unitCode), year, status), page);
        return withRegistrations(found);
    }

    /** What {@code decision} decided, whole: a decision's annex is read as one list. */
    public DecisionWithList decided(Decision decision) {
        if (decision.kind() == Decision.Kind.COMMENDATION) {
            List<Commendation> approved = commendations.findByDecision(decision.id());
            return new DecisionWithList(decision, List.of(), withRegistrations(approved));
        }
        // the registrations were made in the issuing unit's subtree as it stood on the decision's date
        AdministrativeUnit issuer = units.unitOn(decision.issuingUnit(), decision.date());
        Set<UnitId> made = idsOf(units.subtreeOf(issuer, decision.date()));
        List<ListedRegistration> recognised = new ArrayList<>();
        PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
        while (true) {
            Page<ListedRegistration> found = withSubjects(registrations.find(new RegistrationFilter(made,
                    decision.year(), decision.model(), RegistrationStatus.RECOGNISED, decision.id()), page));
            recognised.addAll(found.items());
            if (recognised.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
            page = new PageRequest(page.page() + 1, page.size());
        }
        return new DecisionWithList(decision, recognised, List.of());
    }

    /** The units a listing of {@code unitCode} covers: today's subtree and the past units rolled up into it. */
    private Set<UnitId> scope(String unitCode) {
        LocalDate today = LocalDate.now(clock);
        AdministrativeUnit root = units.unitOn(unitCode, today);
        return recordUnits.recordUnitsFor(idsOf(units.subtreeOf(root, today)), today).keySet();
    }

    private static Set<UnitId> idsOf(List<AdministrativeUnit> found) {
        Set<UnitId> ids = new HashSet<>();
        found.forEach(unit -> ids.add(unit.id()));
        return ids;
    }

    private Page<ListedRegistration> withSubjects(Page<Registration> found) {
        Map<SubjectId, Subject> byId = subjectsOf(found.items());
        return found.map(r -> new ListedRegistration(r, byId.get(r.subject())));
    }

    private Page<ListedCommendation> withRegistrations(Page<Commendation> found) {
        return new Page<>(withRegistrations(found.items()), found.page(), found.size(), found.total());
    }

    /** {@code found} with the registrations and subjects they honour, read in one go. */
    public List<ListedCommendation> withRegistrations(List<Commendation> found) {
        Map<RegistrationId, Registration> made = registrations
                .findByIdsWithoutEvidence(found.stream().map(Commendation::registration).toList()).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        Map<SubjectId, Subject> byId = subjectsOf(made.values());
        return found.stream().map(c -> {
            Registration r = made.get(c.registration());
            return new ListedCommendation(c, r, r == null ? null : byId.get(r.subject()));
        }).toList();
    }

    private Map<SubjectId, Subject> subjectsOf(Collection<Registration> made) {
        if (made.isEmpty()) {
            return Map.of();
        }
        return subjects.findByIds(made.stream().map(Registration::subject).distinct().toList()).stream()
                .collect(Collectors.toMap(Subject::id, Function.identity()));
    }
}
