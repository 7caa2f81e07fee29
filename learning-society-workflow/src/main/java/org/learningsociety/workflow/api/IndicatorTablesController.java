package org.learningsociety.workflow.api;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.indicator.IndicatorTable.Actual;
import org.learningsociety.core.indicator.IndicatorTable.Measured;
import org.learningsociety.core.indicator.IndicatorTable.Target;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.export.IndicatorSheet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan's whole table of indicators for a unit, a year or a review: every indicator of the plan
 * in force, its target, actual, gap and source, per child unit; as data and as the workbook officials
 * submit.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/reports")
public class IndicatorTablesController {

    private final IndicatorReport indicators;
    private final ReportService reports;
    private final UnitAccess access;

    public IndicatorTablesController(IndicatorReport indicators, ReportService reports, UnitAccess access) {
        this.indicators = Objects.requireNonNull(indicators);
        this.reports = Objects.requireNonNull(reports);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * A target as the plan gives it.
     *
     * @param derived whether the plan states no value for the year and this one follows its rule
     * @param explanation the plan's words, or how the value was derived
     */
    public record IndicatorTargetView(BigDecimal value, boolean derived, String explanation) {

        static IndicatorTargetView of(Target target) {
            return target == null ? null : new IndicatorTargetView(target.value(), target.derived(), target.explanation());
        }
    }

    /**
     * An actual value: the numerator over the denominator in percent (for yes/no: the units answering
     * yes over the units answering), where it comes from, and how many units of the entering level
     * have data.
     */
    public record IndicatorActualView(Long numerator, Long denominator, BigDecimal value, Measured measured,
            String measuredName, int unitsWithData, int unitsExpected) {

        static IndicatorActualView of(Actual actual) {
            return new IndicatorActualView(actual.numerator(), actual.denominator(), actual.value(), actual.measured(),
                    actual.measured().vietnameseName(), actual.unitsWithData(), actual.unitsExpected());
        }
    }

    /** One child unit's values of an indicator. */
    public record IndicatorChildView(String unitCode, String unitName, IndicatorTargetView target, IndicatorActualView actual, BigDecimal gap) { }

    /** The unit's value in one year of the phase. */
    public record IndicatorYearView(int year, IndicatorTargetView target, IndicatorActualView actual, BigDecimal gap) { }

    /**
     * One indicator of the plan: its wording and denominator, how it is measured, the unit's target,
     * actual and gap (target minus actual, in percentage points), each child unit's, and for a review
     * each year of the phase.
     */
    public record IndicatorRowView(String code, String name, String denominator, IndicatorSource source, String sourceName,
            IndicatorAnswer answer, UnitLevel enteredBy, IndicatorTargetView target, IndicatorActualView actual, BigDecimal gap,
            List<IndicatorChildView> children, List<IndicatorYearView> years) {

        static IndicatorRowView of(IndicatorTable.Row row) {
            return new IndicatorRowView(row.code(), row.name(), row.denominator(), row.source(),
                    row.source().vietnameseName(), row.answer(), row.enteredBy(), IndicatorTargetView.of(row.target()),
                    IndicatorActualView.of(row.actual()), row.gap(),
                    row.children().stream().map(c -> new IndicatorChildView(c.unitCode(), c.unitName(),
                            IndicatorTargetView.of(c.target()), IndicatorActualView.of(c.actual()), c.gap())).toList(),
                    row.years().stream().map(y -> new IndicatorYearView(y.year(), IndicatorTargetView.of(y.target()),
                            IndicatorActualView.of(y.actual()), y.gap())).toList());
        }
    }

    /** The table of the plan in force for a unit and a period, measured on the period's last year. */
    public record IndicatorTableView(String unitCode, String unitName, UnitLevel level, String period,
            String periodName, int measuredYear, String planId, String planNumber, String planTitle,
            List<IndicatorRowView> rows) {

        static IndicatorTableView of(IndicatorTable table) {
            return new IndicatorTableView(table.unitCode(), table.unitName(), table.level(), table.period(),
                    table.periodName(), table.measuredYear(), table.planId(), table.planNumber(), table.planTitle(),
                    table.rows().stream().map(IndicatorRowView::of).toList());
        }
    }

    /**
     * Every indicator of the plan in force for a unit, for a year (`year=2025`) or a review
     * (`period=2021-2025`, measured on the phase's last year with each year of the phase): target,
     * actual with numerator and denominator, gap, source, and the same per child unit.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/indicators")
    public IndicatorTableView table(@RequestParam String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period) {
        return IndicatorTableView.of(measured(unit, year, period));
    }

    /** The same table as the workbook officials submit: indicator, target, actual, gap, per child unit. */
    @LibraryAction(Action.READ)
    @GetMapping("/indicators.xlsx")
    public ResponseEntity<byte[]> workbook(@RequestParam String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period) {
        IndicatorTable table = measured(unit, year, period);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorSheet.write(table, out);
        return DownloadsController.download(out.toByteArray(), DownloadsController.XLSX,
                "Chỉ tiêu kế hoạch " + table.periodName() + " - " + table.unitName() + ".xlsx");
    }

    private IndicatorTable measured(String unit, Integer year, String period) {
        ReportPeriod reportPeriod = periodOf(year, period);
        access.requireAccess(unit, reports.reportDate(reportPeriod));
        return indicators.table(unit, reportPeriod);
    }

    static ReportPeriod periodOf(Integer year, String period) {
        if ((year == null) == (period == null)) {
            throw new InvalidInputException(year == null ? "year" : "period", year == null ? null : year,
                    "Nêu một năm (year=2025) hoặc một giai đoạn (period=2021-2025), không nêu cả hai");
        }
        return year != null ? ReportPeriod.year(year) : ReportPeriod.parse(period);
    }
}
