package org.learningsociety.core.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.learningsociety.core.attainment.AttainmentCounts;
import org.learningsociety.core.attainment.UnitCounts;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/** Counts computed from the fake subjects and registrations, grouped by unit as the SQL groups them. */
public final class InMemoryAttainmentCounts implements AttainmentCounts {

    private final InMemorySubjects subjects;
    private final InMemoryRegistrations registrations;

    public InMemoryAttainmentCounts(InMemorySubjects subjects, InMemoryRegistrations registrations) {
        this.subjects = subjects;
        this.registrations = registrations;
    }

    @Override
    public Map<UnitId, UnitCounts> countsByUnit(Collection<UnitId> units, int year, LearningModel model) {
        Set<UnitId> wanted = new HashSet<>(units);
        Map<UnitId, UnitCounts> counts = new HashMap<>();
        subjects.all().stream().filter(s -> s.model() == model && wanted.contains(s.unit()))
                .forEach(s -> counts.merge(s.unit(), new UnitCounts(1, 0, 0), UnitCounts::plus));
        registrations.rows().stream()
                .filter(r -> r.model() == model && r.year() == year && wanted.contains(r.unit()))
                .forEach(r -> counts.merge(r.unit(),
                        new UnitCounts(0, 1, r.status() == RegistrationStatus.RECOGNISED ? 1 : 0), UnitCounts::plus));
        return counts;
    }

    @Override
    public Map<UnitId, UnitCounts> registrationsBySubjectUnit(Collection<UnitId> recordUnits, int year,
            LearningModel model) {
        Set<UnitId> wanted = new HashSet<>(recordUnits);
        Map<Long, UnitId> subjectUnit = new HashMap<>();
        subjects.all().forEach(s -> subjectUnit.put(s.id().value(), s.unit()));
        Map<UnitId, UnitCounts> counts = new HashMap<>();
        registrations.rows().stream()
                .filter(r -> r.model() == model && r.year() == year && wanted.contains(r.unit()))
                .forEach(r -> counts.merge(subjectUnit.get(r.subject().value()),
                        new UnitCounts(0, 1, r.status() == RegistrationStatus.RECOGNISED ? 1 : 0), UnitCounts::plus));
        return counts;
    }
}
