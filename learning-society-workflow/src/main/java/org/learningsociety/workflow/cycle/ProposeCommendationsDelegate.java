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
import org.learningsociety.core.plan.AwardForm;

/**
 * {@code ${proposeCommendations}}: proposes the commune's recognised subjects by the DMN rule, for the
 * forms the plan in force gives in the yearly round, and names, per form, the group that approves it:
 * the commune's People's Committee for a form agencies and localities give (level LOCAL), the province's
 * emulation board for the province's. A form the province only proposes upward is never proposed here.
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
        HashMap<String, String> names = new HashMap<>();
        String province = proposals.isEmpty() ? null : batches.provinceOf(commune, year);
        for (var entry : proposals.byForm().entrySet()) {
            String form = entry.getKey();
            if (entry.getValue().isEmpty()) {
                continue;
            }
            forms.add(form);
            names.put(form, proposals.form(form).map(AwardForm::name).orElse(form));
            ids.put(form, new ArrayList<>(entry.getValue().stream().map(CommendationId::value).toList()));
            // who approves is who gives the form, as the plan says: a locality's form by the commune's
            // People's Committee, a province's by its emulation board
            boolean local = proposals.form(form).map(f -> f.givenBy() != null
                    && AwardForm.LOCAL.equals(f.givenBy().level())).orElse(false);
            approvers.put(form, local ? CandidateGroups.peoplesCommittee(commune) : CandidateGroups.emulationBoard(province));
        }
        execution.setVariable(CycleVariables.PROPOSAL_COUNT, proposals.count());
        execution.setVariable(CycleVariables.PROPOSED_FORMS, forms);
        execution.setVariable(CycleVariables.PROPOSALS, ids);
        execution.setVariable(CycleVariables.APPROVER_GROUPS, approvers);
        execution.setVariable(CycleVariables.FORM_NAMES, names);
        execution.setVariable(CycleVariables.PROVINCE_CODE, province);
    }
}
