package org.learningsociety.workflow.report;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.report.ReportService;

/** {@code ${markReportMissing}}: the deadline passed; a report not sent is recorded missing. */
public class MarkReportMissingDelegate implements JavaDelegate {

    private final ReportService reports;

    public MarkReportMissingDelegate(ReportService reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.deadlinePassed(ReportVariables.text(execution, ReportVariables.UNIT_CODE, "mã đơn vị"),
                ReportVariables.programme(execution), ReportVariables.chain(execution), ReportVariables.period(execution));
    }
}
