package org.learningsociety.workflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.shared.ConflictException;
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
    private final ReportDeadlines deadlines;
    private final PlanDirectory plans;

    public ReportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports, ReportDeadlines deadlines,
            PlanDirectory plans) {
        this.runtime = Objects.requireNonNull(runtime);
        this.units = Objects.requireNonNull(units);
        this.reports = Objects.requireNonNull(reports);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.plans = Objects.requireNonNull(plans);
    }

    /** The process a period reports with: a year's report, or the 2025 or 2030 review. */
    public static String processKeyFor(ReportPeriod period) {
        if (period.isYear()) {
            return "yearly-report";
        }
        return period.toYear() <= 2025 ? "review-2025" : "review-2030";
    }

    /** Starts the missing report processes of {@code unitCode}'s area, each due as its plans date it. */
    public List<String> start(String unitCode, ReportPeriod period) {
        return start(unitCode, period, null);
    }

    /**
     * Starts the missing report processes of {@code unitCode}'s area; returns their business keys. Each
     * report is due as the plans in force for its unit date it for its level; where they date none,
     * {@code dueDate} is its deadline, and without one the round refuses to start, naming the plans
     * and the level: no deadline is made up in code.
     */
    public List<String> start(String unitCode, ReportPeriod period, LocalDate dueDate) {
        LocalDate on = reports.reportDate(period);
        AdministrativeUnit root = units.unitOn(unitCode, on);
        List<AdministrativeUnit> reporting = new ArrayList<>();
        reporting.add(root);
        units.descendantsOf(root, on).stream().filter(u -> u.level() != UnitLevel.VILLAGE).forEach(reporting::add);
        reporting.sort(Comparator.comparing((AdministrativeUnit u) -> u.level().ordinal()).reversed());
        if (dueDate == null) {
            for (AdministrativeUnit unit : reporting) {
                if (deadlines.dueFor(unit, period, on).isEmpty()) {
                    throw undated(unit, period, on);
                }
            }
        }
        String processKey = processKeyFor(period);
        List<String> started = new ArrayList<>();
        for (AdministrativeUnit unit : reporting) {
            String businessKey = ReportVariables.businessKey(period, unit.code());
            boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(businessKey).count() > 0;
            if (!running) {
                var variables = Variables.createVariables().putValue(ReportVariables.UNIT_CODE, unit.code())
                        .putValue(ReportVariables.PERIOD, period.code());
                if (dueDate != null) {
                    // the round's deadline for the units whose plans date none; compileReport prefers the plan's
                    variables.putValue(ReportVariables.REPORT_DUE_AT, ReportVariables.endOf(dueDate));
                }
                runtime.startProcessInstanceByKey(processKey, businessKey, variables);
                started.add(businessKey);
            }
        }
        return started;
    }

    private ConflictException undated(AdministrativeUnit unit, ReportPeriod period, LocalDate on) {
        String named = plans.plansApplyingTo(unit, on).stream()
                .map(plan -> plan.number() != null ? plan.number() : plan.id()).collect(Collectors.joining(", "));
        return new ConflictException("dueDate", null, "Kế hoạch " + (named.isEmpty() ? "(không có kế hoạch nào)" : named)
                + " không nêu hạn " + period.title().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " cho cấp "
                + unit.level().vietnameseName() + " (" + unit.name() + "); hãy nêu hạn nộp (dueDate) khi bắt đầu đợt báo cáo");
    }
}
