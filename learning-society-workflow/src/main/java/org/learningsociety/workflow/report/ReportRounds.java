package org.learningsociety.workflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Starts a round of reports: one report process per reporting unit of an area — the unit itself and
 * every commune, district and province beneath it on the report's date — lowest level first, each
 * once (a unit whose report process already runs for the period is left alone).
 */
public class ReportRounds {

    private final RuntimeService runtime;
    private final UnitDirectory units;
    private final ReportService reports;

    public ReportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports) {
        this.runtime = Objects.requireNonNull(runtime);
        this.units = Objects.requireNonNull(units);
        this.reports = Objects.requireNonNull(reports);
    }

    /** The process a period reports with: a year's report, or the 2025 or 2030 review. */
    public static String processKeyFor(ReportPeriod period) {
        if (period.isYear()) {
            return "yearly-report";
        }
        return period.toYear() <= 2025 ? "review-2025" : "review-2030";
    }

    /** Starts the missing report processes of {@code unitCode}'s area; returns their business keys. */
    public List<String> start(String unitCode, ReportPeriod period) {
        LocalDate on = reports.reportDate(period);
        AdministrativeUnit root = units.unitOn(unitCode, on);
        List<AdministrativeUnit> reporting = new ArrayList<>();
        reporting.add(root);
        units.descendantsOf(root, on).stream().filter(u -> u.level() != UnitLevel.VILLAGE).forEach(reporting::add);
        reporting.sort(Comparator.comparing((AdministrativeUnit u) -> u.level().ordinal()).reversed());
        String processKey = processKeyFor(period);
        List<String> started = new ArrayList<>();
        for (AdministrativeUnit unit : reporting) {
            String businessKey = ReportVariables.businessKey(period, unit.code());
            boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(businessKey).count() > 0;
            if (!running) {
                runtime.startProcessInstanceByKey(processKey, businessKey, Variables.createVariables()
                        .putValue(ReportVariables.UNIT_CODE, unit.code())
                        .putValue(ReportVariables.PERIOD, period.code()));
                started.add(businessKey);
            }
        }
        return started;
    }
}
