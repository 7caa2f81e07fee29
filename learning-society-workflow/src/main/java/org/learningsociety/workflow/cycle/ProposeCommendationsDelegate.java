package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.campaign.CampaignService;
import org.learningsociety.core.campaign.CommendationEligibility;
import org.learningsociety.core.campaign.CommendationProposals;
import org.learningsociety.core.commendation.CommendationForm;
import org.learningsociety.core.commendation.CommendationId;

/**
 * {@code ${proposeCommendations}}: proposes the commune's recognised subjects by the DMN rule and
 * names, per form, the group that approves it — the commune's People's Committee for a Giấy khen,
 * the province's emulation board for a Bằng khen.
 */
public class ProposeCommendationsDelegate implements JavaDelegate {

    private final CampaignService campaign;
    private final CommendationEligibility eligibility;

    public ProposeCommendationsDelegate(CampaignService campaign, CommendationEligibility eligibility) {
        this.campaign = Objects.requireNonNull(campaign);
        this.eligibility = Objects.requireNonNull(eligibility);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String commune = Variables.unitCode(execution);
        int year = Variables.year(execution);
        CommendationProposals proposals = campaign.proposeCommendations(year, Variables.model(execution), commune,
                eligibility, CandidateGroups.association(commune));
        List<String> forms = new ArrayList<>();
        HashMap<String, ArrayList<Long>> ids = new HashMap<>();
        HashMap<String, String> approvers = new HashMap<>();
        String province = proposals.isEmpty() ? null : campaign.provinceOf(commune, year);
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
