package org.learningsociety.workflow.report;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.report.ReportId;
import org.learningsociety.core.report.ReportService;

/** {@code ${submitReport}}: sends the compiled report up. */
public class SubmitReportDelegate implements JavaDelegate {

    private final ReportService reports;

    public SubmitReportDelegate(ReportService reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.submit(new ReportId(((Number) execution.getVariable(ReportVariables.REPORT_ID)).longValue()));
    }
}
