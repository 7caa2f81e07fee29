package org.learningsociety.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPolicies;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.workflow.cycle.TaskRefusedException;

/**
 * {@code ${reportTaskListener}}: names the reporting tasks after the unit and period, and refuses a
 * completion without what the task needs (a sending back without its reason above all).
 */
public class ReportTaskListener implements TaskListener {

    private final HonouringCongress congress;

    /** {@code congress} lists the honouring proposal's candidates; without it the task offers none. */
    public ReportTaskListener(HonouringCongress congress) {
        this.congress = congress;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                String programme = ReportVariables.programme(task);
                task.setName(task.getName() + " – đơn vị " + task.getVariable(ReportVariables.UNIT_CODE) + ", "
                        + ReportVariables.period(task).vietnameseName()
                        + (Plan.PROGRAMME_387.equals(programme) ? "" : " (" + Report.programmeName(programme) + ")"));
                if ("selectExemplary".equals(task.getTaskDefinitionKey()) && congress != null) {
                    HonouringProposal.offer(task, congress);
                }
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                completed(task);
            }
        } catch (LearningSocietyException e) {
            throw new TaskRefusedException(e.getMessage());
        }
    }

    private void completed(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "submitReport" -> {
                ReportVariables.text(task, "reportNumber", "số báo cáo");
                ReportVariables.text(task, "reportDate", "ngày báo cáo");
                ReportVariables.text(task, "signer", "người ký");
            }
            case "reviewReport" -> {
                String decision = ReportVariables.text(task, ReportVariables.DECISION, "kết quả duyệt");
                ReportVariables.text(task, ReportVariables.REVIEWER, "người duyệt");
                if (ReportVariables.SEND_BACK.equals(decision)) {
                    Object reason = task.getVariable(ReportVariables.REASON);
                    ReportPolicies.sendBackReasonGiven(reason == null ? null : reason.toString()).orThrow();
                } else if (!ReportVariables.APPROVE.equals(decision)) {
                    throw new TaskRefusedException("Kết quả duyệt phải là Duyệt hoặc Trả lại");
                }
            }
            case "selectExemplary" -> {
                HonouringProposal.chosen(task);
                ReportVariables.text(task, ReportVariables.COMMENDATION_FORM, "hình thức khen thưởng");
            }
            default -> { }
        }
    }
}
