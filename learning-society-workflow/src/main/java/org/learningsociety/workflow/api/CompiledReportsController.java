package org.learningsociety.workflow.api;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.PastUnit;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportLine;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.export.ReportWorkbook;
import org.learningsociety.workflow.export.Signature;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A level's compiled report for a period ({@code 2026}, {@code 2021-2025}): its lines as data, and
 * the official Excel workbook sent to the People's Committee.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/reports")
public class CompiledReportsController {

    private final ReportService reports;
    private final IndicatorReport indicators;
    private final UnitAccess access;
    private final Clock clock;

    /** @param indicators the plan's table of indicators, {@code null} when the host measures none */
    public CompiledReportsController(ReportService reports, IndicatorReport indicators, UnitAccess access,
            Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.indicators = indicators;
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One line of a report: a unit's attainment of a model. The reporting unit's own lines hold the
     * totals of its children's.
     */
    public record LineView(String unitCode, String unitName, LearningModel model, String modelTitle, long subjects,
            long registered, long recognised, BigDecimal rate, BigDecimal target, boolean targetDerived,
            BigDecimal gap, long unassigned) {

        static LineView of(ReportLine line) {
            return new LineView(line.unitCode(), line.unitName(), line.model(), line.model().title(), line.subjects(),
                    line.registered(), line.recognised(), line.rate(), line.target(), line.targetDerived(), line.gap(),
                    line.unassigned());
        }
    }

    /** A unit that existed during the period and went into another in the reform. */
    public record PastUnitView(String code, String name, LocalDate lastDay, String wentInto) { }

    /**
     * The compiled report: where it stands, its totals, its children's lines and the units the reform
     * merged; and the plan's whole table of indicators, measured when asked (entered values are locked
     * once the report is approved).
     *
     * @param programme {@code PROGRAMME_387} or {@code EMULATION_1315}, whose plans alone date the report
     * @param programmeName the programme in Vietnamese
     * @param indicators the table of Programme 387's plan in force; {@code null} for the emulation
     *     movement's reports, whose plans set no indicators
     * @param chain the line the report goes up, {@code STATE} or {@code ASSOCIATION}
     */
    public record ReportView(String unitCode, String unitName, String programme, String programmeName, String period,
            String periodName, ReportStatus status,
            String statusName, LocalDate deadline, boolean late, Instant compiledAt, Instant submittedAt,
            String decidedBy, String sentBackReason, List<LineView> totals, List<LineView> children,
            List<PastUnitView> history, IndicatorTablesController.IndicatorTableView indicators, ReportChain chain,
            String chainName) { }

    /**
     * The report of {@code unit} for {@code period} with its lines, of Programme 387 unless {@code programme}
     * names the emulation movement ({@code EMULATION_1315}), up {@code chain} ({@code STATE} or
     * {@code ASSOCIATION}; without it, the first chain the plans date); 404 until compiled.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{unit}/{period}")
    public ReportView report(@PathVariable String unit, @PathVariable String period,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String chain) {
        Report report = reachable(unit, period, programme, chain);
        IndicatorTable table = indicatorsOf(report);
        return new ReportView(report.unitCode(), report.unitName(), report.programme(),
                Report.programmeName(report.programme()), report.period().code(),
                report.period().vietnameseName(), report.status(), report.status().vietnameseName(),
                report.deadline(), report.late(), report.compiledAt(), report.submittedAt(), report.decidedBy(),
                report.sentBackReason(), report.totals().stream().map(LineView::of).toList(),
                report.childLines().stream().map(LineView::of).toList(),
                report.history().stream().map(p -> new PastUnitView(p.code(), p.name(), p.lastDay(), p.wentInto()))
                        .toList(),
                table == null ? null : IndicatorTablesController.IndicatorTableView.of(table), report.chain(),
                report.chain().vietnameseName());
    }

    /**
     * The report of {@code unit} for {@code period} ({@code 2026}, {@code 2021-2025}) as the official workbook,
     * of Programme 387 unless {@code programme} names the emulation movement ({@code EMULATION_1315}).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{unit}/{period}.xlsx")
    public ResponseEntity<byte[]> reportWorkbook(@PathVariable String unit, @PathVariable String period,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String chain) {
        Report report = reachable(unit, period, programme, chain);
        LocalDate dated = report.submittedAt() != null ? LocalDate.ofInstant(report.submittedAt(), clock.getZone())
                : LocalDate.now(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, indicatorsOf(report),
                new Signature(Signature.placeOf(report.unitName()), dated, null, null, null), out);
        return DownloadsController.download(out.toByteArray(), DownloadsController.XLSX,
                "Báo cáo " + report.period().vietnameseName() + " - " + report.unitName() + ".xlsx");
    }

    /** The report of {@code unit}'s leading chain as data, for callers from before reports had chains. */
    public ReportView report(String unit, String period, String programme) {
        return report(unit, period, programme, null);
    }

    /** The report of {@code unit}'s leading chain as the workbook, for callers from before reports had chains. */
    public ResponseEntity<byte[]> reportWorkbook(String unit, String period, String programme) {
        return reportWorkbook(unit, period, programme, null);
    }

    /** The plan's table of indicators for the report: Programme 387's only. */
    private IndicatorTable indicatorsOf(Report report) {
        return indicators == null || !Plan.PROGRAMME_387.equals(report.programme()) ? null
                : indicators.table(report.unitCode(), report.period());
    }

    private Report reachable(String unit, String period, String programme, String chain) {
        String named = Plan.programme(programme);
        ReportPeriod reportPeriod = ReportPeriod.parse(period);
        access.requireAccess(unit, reports.reportDate(reportPeriod));
        ReportChain reportChain = chain == null || chain.isBlank() ? reports.leadingChain(unit, named, reportPeriod)
                : ReportChain.parse(chain).orElseThrow(() -> new org.learningsociety.core.shared.InvalidInputException(
                        "chain", chain, "Hệ thống báo cáo phải là STATE (chính quyền) hoặc ASSOCIATION (Hội Khuyến học)"));
        return reports.find(unit, named, reportChain, reportPeriod).orElseThrow(() -> new NotFoundException("period", period,
                "Chưa lập báo cáo " + reportPeriod.vietnameseName() + " của đơn vị " + unit
                        + (Plan.PROGRAMME_387.equals(named) ? "" : " (" + Report.programmeName(named) + ")")));
    }
}
