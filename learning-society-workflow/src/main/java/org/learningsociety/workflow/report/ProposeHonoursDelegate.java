package org.learningsociety.workflow.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.decision.CommendationForm;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.shared.InvalidInputException;

/** {@code ${proposeHonours}}: proposes the exemplary subjects the association selected for the congress. */
public class ProposeHonoursDelegate implements JavaDelegate {

    private final HonouringCongress congress;

    public ProposeHonoursDelegate(HonouringCongress congress) {
        this.congress = Objects.requireNonNull(congress);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ids = ReportVariables.text(execution, ReportVariables.REGISTRATION_IDS, "mã hồ sơ đề nghị");
        List<RegistrationId> selected;
        try {
            selected = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> new RegistrationId(Long.parseLong(s))).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ReportVariables.REGISTRATION_IDS, ids, "Mã hồ sơ phải là số, cách nhau bởi dấu phẩy");
        }
        CommendationForm form = CommendationForm.valueOf(
                ReportVariables.text(execution, ReportVariables.COMMENDATION_FORM, "hình thức khen thưởng"));
        congress.propose(ReportVariables.period(execution), selected, form,
                ReportVariables.text(execution, ReportVariables.PROPOSED_BY, "đơn vị đề nghị"));
    }
}
