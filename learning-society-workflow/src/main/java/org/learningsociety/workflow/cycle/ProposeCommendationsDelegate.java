package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.commendation.CommendationEligibility;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationProposals;
import org.learningsociety.core.commendation.ProposingCommendations;
import org.learningsociety.core.decision.CommendationForm;

/**
 * {@code ${proposeCommendations}}: proposes the commune's recognised subjects by the DMN rule and
 * names, per form, the group that approves it — the commune's People's Committee for a Giấy khen,
 * the province's emulation board for a Bằng khen.
 */
public class ProposeCommendationsDelegate implements JavaDelegate {

    private final ProposingCommendations proposing;
    private final CampaignBatches batches;
    private final CommendationEligibility eligibility;

    public ProposeCommendationsDelegate(ProposingCommendations proposing, CampaignBatches batches,
            CommendationEligibility eligibility) {
        this.proposing = Objects.requireNonNull(proposing);
        this.batches = Objects.requireNonNull(batches);
        this.eligibility = Objects.requireNonNull(eligibility);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String commune = Variables.unitCode(execution);
        int year = Variables.year(execution);
        CommendationProposals proposals = proposing.proposeCommendations(year, Variables.model(execution), commune,
                eligibility, CandidateGroups.association(commune));
        List<String> forms = new ArrayList<>();
        HashMap<String, ArrayList<Long>> ids = new HashMap<>();
        HashMap<String, String> approvers = new HashMap<>();
        String province = proposals.isEmpty() ? null : batches.provinceOf(commune, year);
        for (CommendationForm form : CommendationForm.values()) {
            List<CommendationId> proposed = proposals.byForm().get(form);
            if (proposed == null || proposed.isEmpty()) {
                continue;
            }
            forms.add(form.name());
            ids.put(form.name(), new ArrayList<>(proposed.stream().map(CommendationId::value).toList()));
            approvers.put(form.name(), form == CommendationForm.GIAY_KHEN
                    ? CandidateGroups.peoplesCommittee(commune) : CandidateGroups.emulationBoard(province));
        }
        execution.setVariable(CycleVariables.PROPOSAL_COUNT, proposals.count());
        execution.setVariable(CycleVariables.PROPOSED_FORMS, forms);
        execution.setVariable(CycleVariables.PROPOSALS, ids);
        execution.setVariable(CycleVariables.APPROVER_GROUPS, approvers);
        execution.setVariable(CycleVariables.PROVINCE_CODE, province);
    }
}
