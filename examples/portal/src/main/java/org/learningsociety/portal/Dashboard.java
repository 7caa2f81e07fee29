package org.learningsociety.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;

/**
 * What the dashboard shows: for a unit, each model's attainment against the plan's targets per
 * year, with the geometry of a small bar chart (drawn as inline SVG by the page, no script).
 */
public class Dashboard {

    static final int FIRST_YEAR = 2022;
    static final int CHART_HEIGHT = 160;

    private final AttainmentService attainment;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final Clock clock;
    private final org.learningsociety.core.report.ReportService reports;
    private final IndicatorReport indicators;

    Dashboard(AttainmentService attainment, UnitDirectory units, UnitAccess access, Clock clock,
            org.learningsociety.core.report.ReportService reports, IndicatorReport indicators) {
        this.indicators = indicators;
        this.attainment = attainment;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.reports = reports;
    }

    /**
     * Where the unit's report for a year stands, and its children's: how many submitted, approved,
     * sent back, late, missing.
     */
    public record ReportSummary(int year, String status, String sentBackReason, long children, long submitted,
            long approved, long sentBack, long late, long missing) { }

    /** One year of one model: the numbers and where its bar and target mark sit in the chart. */
    public record YearBar(int year, long subjects, long registered, long recognised, BigDecimal rate, BigDecimal target,
            BigDecimal gap, int x, int barY, int barHeight, Integer targetY) {

        public String rateText() {
            return rate == null ? "—" : rate.setScale(1, RoundingMode.HALF_UP) + "%";
        }

        public String targetText() {
            return target == null ? "—" : target.stripTrailingZeros().toPlainString() + "%";
        }
    }

    public record ModelChart(LearningModel model, String title, List<YearBar> years) { }

    /**
     * One indicator of the plan as the dashboard lists it.
     *
     * @param source how the value was measured, in Vietnamese
     * @param coverage "units with data / units expected", empty for a model's rate of a unit without children
     */
    public record IndicatorLine(int number, String code, String name, String denominator, String target,
            boolean targetDerived, String targetExplanation, String actual, String fraction, String gap,
            boolean behind, String source, String coverage) { }

    /**
     * @param refusal why the unit cannot be shown, {@code null} when it can
     * @param indicatorYear the year the plan's indicators are measured for
     * @param indicatorPlan the plan in force's number, {@code null} when none could be measured
     */
    public record UnitPanel(String code, String name, String refusal, List<ModelChart> charts, ReportSummary report,
            int indicatorYear, String indicatorPlan, List<IndicatorLine> indicators) {

        UnitPanel(String code, String name, String refusal, List<ModelChart> charts) {
            this(code, name, refusal, charts, null, 0, null, List.of());
        }
    }

    UnitPanel panel(String code) {
        LocalDate today = LocalDate.now(clock);
        AdministrativeUnit unit;
        try {
            unit = units.unitOn(code, today);
            access.requireAccess(code, today);
        } catch (OutOfScopeException e) {
            return new UnitPanel(code, code, "Không có quyền xem số liệu của đơn vị này.", List.of());
        } catch (LearningSocietyException e) {
            return new UnitPanel(code, code, e.getMessage(), List.of());
        }
        int lastYear = today.getYear();
        List<ModelChart> charts = new ArrayList<>();
        for (LearningModel model : List.of(LearningModel.FAMILY, LearningModel.CLAN, LearningModel.COMMUNITY,
                LearningModel.UNIT)) {
            List<YearBar> bars = new ArrayList<>();
            for (int year = FIRST_YEAR; year <= lastYear; year++) {
                bars.add(bar(code, year, model, bars.size()));
            }
            charts.add(new ModelChart(model, model.title(), bars));
        }
        IndicatorTable table = indicatorTable(code, lastYear - 1);
        return new UnitPanel(unit.code(), unit.name(), null, charts, reportSummary(code, lastYear - 1), lastYear - 1,
                table == null ? null : table.planNumber(), table == null ? List.of() : lines(table));
    }

    private IndicatorTable indicatorTable(String code, int year) {
        if (indicators == null) {
            return null;
        }
        try {
            return indicators.table(code, org.learningsociety.core.report.ReportPeriod.year(year));
        } catch (LearningSocietyException e) {
            return null;
        }
    }

    private static List<IndicatorLine> lines(IndicatorTable table) {
        List<IndicatorLine> lines = new ArrayList<>();
        int n = 1;
        for (IndicatorTable.Row row : table.rows()) {
            IndicatorTable.Actual actual = row.actual();
            lines.add(new IndicatorLine(n++, row.code(), row.name(), row.denominator(),
                    row.target() == null ? "—" : percent(row.target().value()),
                    row.target() != null && row.target().derived(),
                    row.target() == null ? null : row.target().explanation(),
                    actual.value() == null ? "—" : percent(actual.value()),
                    actual.numerator() == null ? "" : actual.numerator() + "/" + actual.denominator(),
                    row.gap() == null ? "—" : row.gap().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    row.gap() != null && row.gap().signum() > 0, actual.measured().vietnameseName(),
                    actual.unitsExpected() == 0 ? "" : actual.unitsWithData() + "/" + actual.unitsExpected()));
        }
        return lines;
    }

    private static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private ReportSummary reportSummary(String code, int year) {
        if (reports == null) {
            return null;
        }
        try {
            var period = org.learningsociety.core.report.ReportPeriod.year(year);
            var own = reports.find(code, period);
            var children = reports.completeness(code, period).children();
            return new ReportSummary(year,
                    own.map(r -> r.status().vietnameseName() + (r.late() ? " (quá hạn)" : "")).orElse("Chưa lập báo cáo"),
                    own.map(org.learningsociety.core.report.Report::sentBackReason).orElse(null),
                    children.size(),
                    children.stream().filter(c -> c.status() == org.learningsociety.core.report.ReportStatus.SUBMITTED).count(),
                    children.stream().filter(c -> c.status() == org.learningsociety.core.report.ReportStatus.APPROVED).count(),
                    children.stream().filter(c -> c.status() == org.learningsociety.core.report.ReportStatus.SENT_BACK).count(),
                    children.stream().filter(c -> c.timeliness() == org.learningsociety.core.report.Timeliness.LATE).count(),
                    children.stream().filter(c -> c.timeliness() == org.learningsociety.core.report.Timeliness.MISSING).count());
        } catch (LearningSocietyException e) {
            return null;
        }
    }

    private YearBar bar(String code, int year, LearningModel model, int index) {
        int x = 40 + index * 60;
        try {
            Attainment a = attainment.attainment(code, year, model);
            BigDecimal target = a.target() == null ? null : a.target().value();
            int barHeight = a.rate() == null ? 0 : scale(a.rate());
            Integer targetY = target == null ? null : CHART_HEIGHT - scale(target);
            return new YearBar(year, a.subjects(), a.registered(), a.recognised(), a.rate(), target, a.gap(), x,
                    CHART_HEIGHT - barHeight, barHeight, targetY);
        } catch (LearningSocietyException e) {
            return new YearBar(year, 0, 0, 0, null, null, null, x, CHART_HEIGHT, 0, null);
        }
    }

    private static int scale(BigDecimal percent) {
        return percent.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(CHART_HEIGHT))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
    }
}
