package org.learningsociety.core.commendation;

import java.util.List;
import java.util.Map;
import org.learningsociety.core.decision.CommendationForm;

/** The proposals made for one commune's year, by form; empty when no one is eligible. */
public record CommendationProposals(Map<CommendationForm, List<CommendationId>> byForm) {

    public CommendationProposals {
        byForm = Map.copyOf(byForm);
    }

    public boolean isEmpty() {
        return byForm.isEmpty();
    }

    public int count() {
        return byForm.values().stream().mapToInt(List::size).sum();
    }
}
