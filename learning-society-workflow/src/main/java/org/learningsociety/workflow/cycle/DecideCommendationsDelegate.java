package org.learningsociety.workflow.cycle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.decision.NewDecision;

/**
 * {@code ${decideCommendations}}: records the approving level's decision on the proposals of one
 * form (the approval subprocess's element variable {@code form}); the level whose group approved it
 * issues it — the commune for a form of agencies and localities, else the province.
 */
public class DecideCommendationsDelegate implements JavaDelegate {

    private final CommendationService commendations;

    public DecideCommendationsDelegate(CommendationService commendations) {
        this.commendations = Objects.requireNonNull(commendations);
    }

    @SuppressWarnings("unchecked")
    private static String approverGroup(DelegateExecution execution, String form) {
        Map<String, String> approvers = (Map<String, String>) execution.getVariable(CycleVariables.APPROVER_GROUPS);
        return approvers == null ? null : approvers.get(form);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String form = Variables.requiredText(execution, CycleVariables.FORM, "hình thức khen thưởng");
        Map<String, List<Long>> proposals = (Map<String, List<Long>>) execution.getVariable(CycleVariables.PROPOSALS);
        List<CommendationId> ids = proposals.getOrDefault(form, List.of()).stream()
                .map(CommendationId::new).toList();
        boolean approved = Variables.requiredBoolean(execution, CycleVariables.APPROVED, "kết quả xét duyệt");
        // the level that approved the form issues it: the commune's People's Committee, else the province
        String group = approverGroup(execution, form);
        String issuer = CandidateGroups.peoplesCommittee(Variables.unitCode(execution)).equals(group)
                ? Variables.unitCode(execution) : (String) execution.getVariable(CycleVariables.PROVINCE_CODE);
        NewDecision decision = new NewDecision(
                Variables.requiredText(execution, CycleVariables.DECISION_NUMBER, "số quyết định"),
                Variables.requiredDate(execution, CycleVariables.DECISION_DATE, "ngày ký quyết định"),
                Variables.requiredText(execution, CycleVariables.SIGNER, "người ký quyết định"),
                issuer);
        commendations.decideAll(decision, form, Variables.year(execution), Variables.model(execution), ids,
                approved, (String) execution.getVariable(CycleVariables.REFUSAL_REASON));
    }
}
