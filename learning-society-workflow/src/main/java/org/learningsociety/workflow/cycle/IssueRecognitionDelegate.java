package org.learningsociety.workflow.cycle;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.RecognitionResult;
import org.learningsociety.core.decision.NewDecision;

/**
 * {@code ${issueRecognition}}: records the People's Committee's decision for the whole commune. A
 * failure (a number already used, say) becomes an incident with the core's message after the
 * retries of the service task.
 */
public class IssueRecognitionDelegate implements JavaDelegate {

    private final CommuneRecognition recognition;

    public IssueRecognitionDelegate(CommuneRecognition recognition) {
        this.recognition = Objects.requireNonNull(recognition);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String commune = Variables.unitCode(execution);
        NewDecision decision = new NewDecision(
                Variables.requiredText(execution, CycleVariables.DECISION_NUMBER, "số quyết định"),
                Variables.requiredDate(execution, CycleVariables.DECISION_DATE, "ngày ký quyết định"),
                Variables.requiredText(execution, CycleVariables.SIGNER, "người ký quyết định"),
                commune);
        RecognitionResult result = recognition.recogniseCommune(decision, Variables.year(execution),
                Variables.model(execution), commune);
        execution.setVariable(CycleVariables.RECOGNISED_COUNT, result.recognised());
        execution.setVariable(CycleVariables.NOT_RECOGNISED_COUNT, result.notRecognised().size());
    }
}
