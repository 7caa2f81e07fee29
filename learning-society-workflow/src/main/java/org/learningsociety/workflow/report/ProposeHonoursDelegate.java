package org.learningsociety.workflow.report;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.report.HonouringCongress;

/**
 * {@code ${proposeHonours}}: proposes the exemplary subjects the association selected for the congress,
 * each of the level's own area; a level with nobody recognised in the phase proposes nobody.
 */
public class ProposeHonoursDelegate implements JavaDelegate {

    private final HonouringCongress congress;

    public ProposeHonoursDelegate(HonouringCongress congress) {
        this.congress = Objects.requireNonNull(congress);
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<RegistrationId> selected = HonouringProposal.selected(execution);
        if (selected.isEmpty()) {
            return;
        }
        String form = 
                ReportVariables.text(execution, ReportVariables.COMMENDATION_FORM, "hình thức khen thưởng");
        congress.propose(String.valueOf(execution.getVariable(ReportVariables.UNIT_CODE)),
                ReportVariables.period(execution), selected, form,
                ReportVariables.text(execution, ReportVariables.PROPOSED_BY, "đơn vị đề nghị"));
    }
}
