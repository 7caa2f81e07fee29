package org.learningsociety.core.commendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningsociety.core.plan.AwardForm;

/**
 * The proposals made for one commune's year, by form code (in the order proposed); empty when no one is
 * eligible. {@code forms} holds the plan's form for each code proposed, where a plan in force names it:
 * who gives it decides who approves the proposals.
 */
public record CommendationProposals(Map<String, List<CommendationId>> byForm, Map<String, AwardForm> forms) {

    public CommendationProposals {
        byForm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byForm));
        forms = Map.copyOf(forms);
    }

    public CommendationProposals(Map<String, List<CommendationId>> byForm) {
        this(byForm, Map.of());
    }

    /** The plan's form {@code code}, if a plan in force names it. */
    public Optional<AwardForm> form(String code) {
        return Optional.ofNullable(forms.get(code));
    }

    public boolean isEmpty() {
        return byForm.isEmpty();
    }

    public int count() {
        return byForm.values().stream().mapToInt(List::size).sum();
    }
}
