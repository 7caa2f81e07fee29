package org.learningsociety.workflow.report;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * {@code ${compileReport}}: compiles the unit's report of the process's programme and chain, names
 * the chain (Vietnamese, {@code chainName}) and its recipient from the plans, and sets what the
 * process waits on — the children still to report, their deadline and the unit's own, from that
 * programme's plans' milestones. When the plans state no deadline, the timers fall back to the values
 * the process was started with.
 */
public class CompileReportDelegate implements JavaDelegate {

    private final ReportService reports;
    private final UnitDirectory units;
    private final List<LearningModel> models;

    public CompileReportDelegate(ReportService reports, UnitDirectory units, List<LearningModel> models) {
        this.reports = Objects.requireNonNull(reports);
        this.units = Objects.requireNonNull(units);
        this.models = List.copyOf(models);
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportPeriod period = ReportVariables.period(execution);
        String programme = ReportVariables.programme(execution);
        ReportChain chain = ReportVariables.chain(execution);
        String unitCode = ReportVariables.text(execution, ReportVariables.UNIT_CODE, "mã đơn vị");
        Report report = reports.compile(unitCode, programme, chain, period, models);
        Completeness children = reports.completeness(unitCode, programme, chain, period);
        String parentCode = report.parent() == null ? null
                : units.unitOn(report.parent(), reports.reportDate(period)).code();
        execution.setVariable(ReportVariables.REPORT_ID, report.id().value());
        execution.setVariable(ReportVariables.PARENT_CODE, parentCode);
        execution.setVariable(ReportVariables.CHAIN, chain.name());
        execution.setVariable(ReportVariables.CHAIN_NAME, chain.vietnameseName());
        execution.setVariable(ReportVariables.RECIPIENT, reports.recipient(unitCode, programme, chain, period)
                .orElse(null));
        execution.setVariable(ReportVariables.CHILDREN_PENDING, children.missing().size());
        // the plan's day for the level; else the round's own, given when it was started
        Object given = execution.getVariable(ReportVariables.REPORT_DUE_AT);
        // a chain the plans date for none of this unit's levels runs on the round's day
        String reportDue = report.deadline() != null ? ReportVariables.endOf(report.deadline())
                : given != null && !given.toString().isBlank() ? given.toString() : null;
        if (reportDue == null) {
            throw new IllegalStateException("Không kế hoạch nào của " + Report.programmeName(programme) + " nêu hạn "
                    + period.title().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " của đơn vị " + unitCode
                    + " theo " + chain.vietnameseName()
                    + " và đợt báo cáo không nêu hạn nộp (reportDueAt)");
        }
        String childrenDue = children.deadline() != null ? ReportVariables.endOf(children.deadline()) : reportDue;
        execution.setVariable(ReportVariables.CHILDREN_DUE_AT, childrenDue);
        execution.setVariable(ReportVariables.REPORT_DUE_AT, reportDue);
    }
}
