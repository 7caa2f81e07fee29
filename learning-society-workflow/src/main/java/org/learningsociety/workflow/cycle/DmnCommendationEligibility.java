package org.learningsociety.workflow.cycle;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.learningsociety.core.commendation.CommendationEligibility;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * The commendation rule as the deployed DMN table {@code commendation-eligibility} says it, latest
 * version: administrators change the rule by editing and redeploying the table.
 */
public class DmnCommendationEligibility implements CommendationEligibility {

    public static final String DECISION_KEY = LibraryKeys.COMMENDATION_ELIGIBILITY;
    static final String NONE = "NONE";

    private final DecisionService decisions;

    public DmnCommendationEligibility(DecisionService decisions) {
        this.decisions = Objects.requireNonNull(decisions);
    }

    @Override
    public Optional<String> formFor(LearningModel model, int yearsRecognisedRunning, int verifiedTotal) {
        String form = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue("model", model.name())
                        .putValue("yearsRecognisedRunning", yearsRecognisedRunning)
                        .putValue("verifiedTotal", verifiedTotal))
                .getSingleEntry();
        if (form == null || NONE.equals(form)) {
            return Optional.empty();
        }
        return Optional.of(form);
    }
}
