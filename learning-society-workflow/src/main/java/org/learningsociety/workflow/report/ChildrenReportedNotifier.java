package org.learningsociety.workflow.report;

import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.ReportEvent.ReportSubmitted;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.context.event.EventListener;

/**
 * When a report is sent and its parent's children have now all reported up the same chain, tells the
 * parent's process of that chain ({@link LibraryKeys#CHILDREN_REPORTED}), which stops waiting and lets the parent report.
 */
public class ChildrenReportedNotifier {

    static final String CHILDREN_REPORTED = LibraryKeys.CHILDREN_REPORTED;

    private final ReportService reports;
    private final UnitDirectory units;
    private final RuntimeService runtime;

    public ChildrenReportedNotifier(ReportService reports, UnitDirectory units, RuntimeService runtime) {
        this.reports = Objects.requireNonNull(reports);
        this.units = Objects.requireNonNull(units);
        this.runtime = Objects.requireNonNull(runtime);
    }

    @EventListener
    public void on(ReportSubmitted submitted) {
        if (submitted.parent() == null) {
            return;
        }
        String parentCode = units.unitOn(submitted.parent(), reports.reportDate(submitted.period())).code();
        Completeness children = reports.completeness(parentCode, submitted.programme(), submitted.reportChain(),
                submitted.period());
        if (children.isComplete()) {
            runtime.createMessageCorrelation(CHILDREN_REPORTED)
                    .processInstanceBusinessKey(ReportVariables.businessKey(submitted.programme(),
                            submitted.reportChain(), submitted.period(), parentCode))
                    .correlateAllWithResult();
        }
    }
}
