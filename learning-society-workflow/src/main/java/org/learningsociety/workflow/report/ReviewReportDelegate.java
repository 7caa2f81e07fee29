package org.learningsociety.workflow.report;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.report.ReportId;
import org.learningsociety.core.report.ReportService;

/** {@code ${reviewReport}}: records the level above's approval, or its sending back with the reason. */
public class ReviewReportDelegate implements JavaDelegate {

    private final ReportService reports;

    public ReviewReportDelegate(ReportService reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportId id = new ReportId(((Number) execution.getVariable(ReportVariables.REPORT_ID)).longValue());
        String reviewer = ReportVariables.text(execution, ReportVariables.REVIEWER, "người duyệt");
        if (ReportVariables.APPROVE.equals(execution.getVariable(ReportVariables.DECISION))) {
            reports.approve(id, reviewer);
        } else {
            Object reason = execution.getVariable(ReportVariables.REASON);
            reports.sendBack(id, reviewer, reason == null ? null : reason.toString());
        }
    }
}
