package org.learningsociety.workflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.learningsociety.workflow.tenant.TenantProcessStarts;

/**
 * Starts a round of reports of a programme: one report process per reporting unit of an area — the
 * unit itself and every commune, district and province beneath it on the report's date — lowest level
 * first, each once (a unit whose report process already runs for the programme and period is left
 * alone). Programme 387's reports and the emulation movement's (1315) are separate rounds, each dated
 * by its own programme's plans. A round starts each chain the plans in force date for the area and the
 * period — the state's, the association's, or both — and in each chain the units it dates (a unit no
 * chain dates runs in every chain started, on the round's {@code dueDate}).
 */
public class ReportRounds {

    private final RuntimeService runtime;
    private final UnitDirectory units;
    private final ReportService reports;
    private final ReportDeadlines deadlines;
    private final PlanDirectory plans;
    private final TenantProcessStarts starts;

    public ReportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports, ReportDeadlines deadlines,
            PlanDirectory plans) {
        this(runtime, units, reports, deadlines, plans, null);
    }

    /**
     * @param starts starts each report on its province's own version of the process if the province deployed
     *        one, else the shared; {@code null}: provinces are not tenants, the latest shared version
     */
    public ReportRounds(RuntimeService runtime, UnitDirectory units, ReportService reports, ReportDeadlines deadlines,
            PlanDirectory plans, TenantProcessStarts starts) {
        this.starts = starts;
        this.runtime = Objects.requireNonNull(runtime);
        this.units = Objects.requireNonNull(units);
        this.reports = Objects.requireNonNull(reports);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.plans = Objects.requireNonNull(plans);
    }

    /** The process a period reports with: a year's report, or the 2025 or 2030 review. */
    public static String processKeyFor(ReportPeriod period) {
        if (period.isYear()) {
            return LibraryKeys.YEARLY_REPORT;
        }
        return period.toYear() <= 2025 ? LibraryKeys.REVIEW_2025 : LibraryKeys.REVIEW_2030;
    }

    /** Starts the missing Programme 387 report processes of {@code unitCode}'s area, each due as its plans date it. */
    public List<String> start(String unitCode, ReportPeriod period) {
        return start(unitCode, Plan.PROGRAMME_387, period, null);
    }

    /**
     * Starts the missing report processes of {@code programme} ({@code null}: Programme 387) in
     * {@code unitCode}'s area; returns their business keys. The period must be one of that programme's
     * plans applying to the unit: a year they cover, a phase, or their whole span. Each report is due
     * as the programme's plans in force for its unit date it for its level; where they date none,
     * {@code dueDate} is its deadline, and without one the round refuses to start, naming the plans
     * and the level: no deadline is made up in code.
     */
    public List<String> start(String unitCode, String programme, ReportPeriod period, LocalDate dueDate) {
        String named = Plan.programme(programme);
        LocalDate on = reports.reportDate(period);
        AdministrativeUnit root = units.unitOn(unitCode, on);
        requirePlansPeriod(root, named, period, on);
        List<AdministrativeUnit> reporting = new ArrayList<>();
        reporting.add(root);
        units.descendantsOf(root, on).stream().filter(u -> u.level() != UnitLevel.VILLAGE).forEach(reporting::add);
        reporting.sort(Comparator.comparing((AdministrativeUnit u) -> u.level().ordinal()).reversed());
        java.util.Map<AdministrativeUnit, List<ReportChain>> dated = new java.util.LinkedHashMap<>();
        for (AdministrativeUnit unit : reporting) {
            List<ReportChain> chains = deadlines.chainsDating(unit, named, period, on);
            if (chains.isEmpty() && dueDate == null) {
                throw undated(unit, named, period, on);
            }
            dated.put(unit, chains);
        }
        List<ReportChain> chains = chainsOf(dated.values());
        List<String> started = new ArrayList<>();
        for (ReportChain chain : chains) {
            for (AdministrativeUnit unit : reporting) {
                List<ReportChain> own = dated.get(unit);
                if (own.contains(chain) || own.isEmpty()) {
                    startProcess(unit, named, chain, period, dueDate).ifPresent(started::add);
                }
            }
        }
        return started;
    }

    /**
     * Starts the report processes of {@code unitCode} alone, not those of the units beneath it: a level
     * that reports, or holds its review and its honouring congress, while its units report in rounds of
     * their own (or, when it is late, have reported already). One per chain its plans date it in, else
     * the state's on {@code dueDate}; returns the business key of the first started, or nothing when all
     * run already.
     */
    public Optional<String> startUnit(String unitCode, String programme, ReportPeriod period,
            LocalDate dueDate) {
        String named = Plan.programme(programme);
        LocalDate on = reports.reportDate(period);
        AdministrativeUnit unit = units.unitOn(unitCode, on);
        requirePlansPeriod(unit, named, period, on);
        List<ReportChain> chains = deadlines.chainsDating(unit, named, period, on);
        if (chains.isEmpty() && dueDate == null) {
            throw undated(unit, named, period, on);
        }
        Optional<String> first = Optional.empty();
        for (ReportChain chain : chains.isEmpty() ? List.of(ReportChain.STATE) : chains) {
            Optional<String> started = startProcess(unit, named, chain, period, dueDate);
            if (first.isEmpty()) {
                first = started;
            }
        }
        return first;
    }

    /** The chains any unit of a round is dated in, the state's first; the state's alone when none is. */
    private static List<ReportChain> chainsOf(java.util.Collection<List<ReportChain>> dated) {
        List<ReportChain> chains = java.util.Arrays.stream(ReportChain.values())
                .filter(chain -> dated.stream().anyMatch(own -> own.contains(chain))).toList();
        return chains.isEmpty() ? List.of(ReportChain.STATE) : chains;
    }

    /** Refuses a period that none of the programme's plans applying to {@code unit} reports over. */
    private void requirePlansPeriod(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        List<Plan> programmePlans = plans.plansApplyingTo(unit, on, programme);
        if (programmePlans.stream().noneMatch(plan -> plan.reportsOver(period.fromYear(), period.toYear()))) {
            throw notThePlansPeriod(unit, programme, period, programmePlans);
        }
    }

    private Optional<String> startProcess(AdministrativeUnit unit, String programme, ReportChain chain,
            ReportPeriod period, LocalDate dueDate) {
        String processKey = processKeyFor(period);
        String businessKey = ReportVariables.businessKey(programme, chain, period, unit.code());
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count() > 0;
        if (running) {
            return Optional.empty();
        }
        var variables = Variables.createVariables().putValue(ReportVariables.UNIT_CODE, unit.code())
                .putValue(ReportVariables.PERIOD, period.code())
                .putValue(ReportVariables.PROGRAMME, programme)
                .putValue(ReportVariables.CHAIN, chain.name());
        if (dueDate != null) {
            // the round's deadline for the units whose plans date none; compileReport prefers the plan's
            variables.putValue(ReportVariables.REPORT_DUE_AT, ReportVariables.endOf(dueDate));
        }
        if (starts != null) {
            starts.start(processKey, businessKey, variables, unit.code());
        } else {
            runtime.startProcessInstanceByKey(processKey, businessKey, variables);
        }
        return Optional.of(businessKey);
    }

    private ConflictException undated(AdministrativeUnit unit, String programme, ReportPeriod period, LocalDate on) {
        String named = numbers(plans.plansApplyingTo(unit, on, programme));
        return new ConflictException("dueDate", null, "Kế hoạch " + (named.isEmpty() ? "(không có kế hoạch nào)" : named)
                + " không nêu hạn " + period.title().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " cho cấp "
                + unit.level().vietnameseName() + " (" + unit.name() + ")"
                + (Plan.PROGRAMME_387.equals(programme) ? "" : " của " + Report.programmeName(programme))
                + "; hãy nêu hạn nộp (dueDate) khi bắt đầu đợt báo cáo");
    }

    private static InvalidInputException notThePlansPeriod(AdministrativeUnit unit, String programme,
            ReportPeriod period, List<Plan> programmePlans) {
        String none = "Không kế hoạch nào của " + Report.programmeName(programme) + " áp dụng cho " + unit.name();
        if (programmePlans.isEmpty()) {
            return new InvalidInputException("programme", programme, none);
        }
        String phases = programmePlans.stream()
                .flatMap(plan -> java.util.stream.Stream.concat(plan.phases().stream()
                        .map(p -> p.fromYear() + "-" + p.toYear()), java.util.stream.Stream.of(plan.firstYear() + "-"
                        + plan.lastYear())))
                .distinct().collect(Collectors.joining(", "));
        return new InvalidInputException("period", period.code(), none + " có kỳ báo cáo " + period.vietnameseName()
                + "; kỳ báo cáo là một năm của kế hoạch hoặc một trong các giai đoạn " + phases);
    }

    private static String numbers(List<Plan> applying) {
        return applying.stream().map(plan -> plan.number() != null ? plan.number() : plan.id())
                .collect(Collectors.joining(", "));
    }
}
