package org.learningsociety.core.registration;

import java.util.Collection;
import java.util.Set;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * Which registrations to list: those of {@code year} made in {@code units}, and, where given, of
 * {@code model}, standing in {@code status}, recognised by {@code decision}.
 */
public record RegistrationFilter(Set<UnitId> units, int year, LearningModel model, RegistrationStatus status,
        DecisionId decision) {

    public RegistrationFilter {
        units = Set.copyOf(units);
    }

    public RegistrationFilter(Collection<UnitId> units, int year, LearningModel model, RegistrationStatus status) {
        this(Set.copyOf(units), year, model, status, null);
    }

    /** Whether {@code registration} passes the filter: what the repository's query selects. */
    public boolean accepts(Registration registration) {
        return units.contains(registration.unit()) && registration.year() == year
                && (model == null || registration.model() == model)
                && (status == null || registration.status() == status)
                && (decision == null || decision.equals(registration.decision()));
    }
}
