package org.learningsociety.core.subject;

import java.util.Collection;
import java.util.Set;
import org.learningsociety.core.unit.UnitId;

/**
 * Which subjects to list: those attached to {@code units}, and, where given, of {@code model}, with
 * the portal id {@code externalId}, or whose name contains {@code nameContains} (case aside).
 */
public record SubjectFilter(Set<UnitId> units, LearningModel model, String externalId, String nameContains) {

    public SubjectFilter {
        units = Set.copyOf(units);
        externalId = blankAsNull(externalId);
        nameContains = blankAsNull(nameContains);
    }

    public SubjectFilter(Collection<UnitId> units, LearningModel model) {
        this(Set.copyOf(units), model, null, null);
    }

    /** Whether {@code subject} passes the filter: what the repository's query selects. */
    public boolean accepts(Subject subject) {
        return units.contains(subject.unit()) && (model == null || subject.model() == model)
                && (externalId == null || externalId.equals(subject.externalId()))
                && (nameContains == null || subject.name().toLowerCase(java.util.Locale.ROOT)
                        .contains(nameContains.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
