package org.learningsociety.workflow.report;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.report.HonouringCongress;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportPolicies;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.cycle.TaskRefusedException;

/**
 * {@code ${reportTaskListener}}: names the reporting tasks after the unit and period, and refuses a
 * completion without what the task needs (a sending back without its reason above all).
 */
public class ReportTaskListener implements TaskListener {

    private final HonouringCongress congress;
    private final UnitDirectory units;

    /**
     * {@code congress} lists the honouring proposal's candidates (without it the task offers none);
     * {@code units} names the task after the unit (without it, or for a code that meant no unit then,
     * after the code).
     */
    public ReportTaskListener(HonouringCongress congress, UnitDirectory units) {
        this.congress = congress;
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                String programme = ReportVariables.programme(task);
                task.setName(task.getName() + " – " + unitName(String.valueOf(task.getVariable(ReportVariables.UNIT_CODE)),
                        ReportVariables.period(task)) + ", " + ReportVariables.period(task).vietnameseName()
                        + (Plan.PROGRAMME_387.equals(programme) ? "" : " (" + Report.programmeName(programme) + ")")
                        + chainAndRecipient(task));
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

    /**
     * " – theo hệ thống Hội Khuyến học, gửi Văn phòng Hội Khuyến học tỉnh": the chain, and the recipient
     * the plan names, on the report's submission and review; nothing on other tasks (the honouring
     * proposal) or for a process started before reports had chains.
     */
    private static String chainAndRecipient(DelegateTask task) {
        boolean reportTask = "submitReport".equals(task.getTaskDefinitionKey())
                || "reviewReport".equals(task.getTaskDefinitionKey());
        if (!reportTask || task.getVariable(ReportVariables.CHAIN) == null) {
            return "";
        }
        Object recipient = task.getVariable(ReportVariables.RECIPIENT);
        return " – theo " + ReportVariables.chain(task).vietnameseName()
                + (recipient == null || recipient.toString().isBlank() ? "" : ", gửi " + recipient);
    }

    /** "Thành phố Hải Phòng" for 31 as the unit stood at the period's end (or today, if earlier). */
    private String unitName(String code, ReportPeriod period) {
        if (units != null) {
            LocalDate end = LocalDate.of(period.toYear(), 12, 31);
            LocalDate today = LocalDate.now(ReportVariables.VIETNAM);
            try {
                return units.unitOn(code, end.isAfter(today) ? today : end).name();
            } catch (NotFoundException e) {
                // a code that meant no unit then: named by its code
            }
        }
        return "đơn vị " + code;
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
