package org.learningsociety.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.indicator.IndicatorReport;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.report.Timeliness;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.api.DecisionsController;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;

/**
 * What the leader's dashboard shows for one unit of the portal's province and one year: each model's
 * figures, the unit's children ranked by their distance to the target for all five models, where the
 * year's reports stand (who is late or missing, by name), the plan's table of indicators, a chart per
 * model over the years and the year's downloads. Only units the logged-in officer reaches are shown
 * or listed ({@link UnitAccess}); another unit is refused with {@link OutOfScopeException}.
 */
public class Dashboard {

    static final int FIRST_YEAR = 2022;
    static final int CHART_HEIGHT = 160;
    static final List<LearningModel> MODELS = List.of(LearningModel.values());

    private final AttainmentService attainment;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final Clock clock;
    private final ReportService reports;
    private final IndicatorReport indicators;
    private final DecisionsController decisions;
    private final String province;
    private final Function<Collection<String>, List<String>> reachedCodes;
    private final java.util.concurrent.ExecutorService measuring;
    private org.learningsociety.core.plantask.PlanTaskTracking planTasks;
    private org.learningsociety.core.unit.CallerBodies taskBodies = org.learningsociety.core.unit.CallerBodies.NOBODY;

    /**
     * @param province the code of the portal's province ({@code portal.province})
     * @param reachedCodes the unit codes the logged-in officer's groups name (empty for an administrator)
     * @param measuring where the years' and models' figures are measured side by side (none of it needs the
     *     caller's security context: the unit's reach is checked first, on the caller's thread)
     */
    Dashboard(AttainmentService attainment, UnitDirectory units, UnitAccess access, Clock clock,
            ReportService reports, IndicatorReport indicators, DecisionsController decisions, String province,
            Function<Collection<String>, List<String>> reachedCodes, java.util.concurrent.ExecutorService measuring) {
        this.measuring = measuring;
        this.attainment = attainment;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.reports = reports;
        this.indicators = indicators;
        this.decisions = decisions;
        this.province = province;
        this.reachedCodes = reachedCodes;
    }

    /**
     * Lists the plans' tasks of the unit's year ({@code null}: the section is not shown), with a form to
     * set the status of those the logged-in officer's body answers for ({@code bodies}).
     */
    Dashboard withPlanTasks(org.learningsociety.core.plantask.PlanTaskTracking tracking,
            org.learningsociety.core.unit.CallerBodies bodies) {
        this.planTasks = tracking;
        this.taskBodies = bodies == null ? org.learningsociety.core.unit.CallerBodies.NOBODY : bodies;
        return this;
    }

    /**
     * Sets a task's status as the logged-in officer: refused unless they reach its unit for
     * {@code set-task-status} and their body answers for it. Answers the item, to return to its page.
     */
    org.learningsociety.core.plantask.PlanTaskItem setTaskStatus(long id, String status, String note, Integer version) {
        org.learningsociety.core.plantask.PlanTaskItem item = planTasks.item(id);
        access.requireAccess(item.unit(), org.learningsociety.workflow.api.Action.SET_TASK_STATUS);
        return planTasks.setStatus(id, org.learningsociety.core.plantask.TaskStatus.of(status), note, version,
                taskBodies).item();
    }

    /** Stops the threads the figures are measured on. */
    void close() {
        measuring.shutdownNow();
    }

    String province() {
        return province;
    }

    /** The last year that has ended: what a leader reads by default. */
    int lastFinishedYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = LocalDate.now(clock).getYear(); year >= FIRST_YEAR; year--) {
            years.add(year);
        }
        return years;
    }

    /** A unit the officer may choose, with the group it is listed under. */
    public record Choice(String code, String name, String group) { }

    /** A link above the unit: the levels above it that the officer reaches. */
    public record Crumb(String code, String name) { }

    /**
     * Where the unit's report for a year stands, and its children's: how many submitted, approved,
     * sent back, late, missing.
     */
    public record ReportSummary(int year, String status, String sentBackReason, long children, long submitted,
            long approved, long sentBack, long late, long missing) { }

    /** A child whose report is late, missing or sent back, named. */
    public record Laggard(String code, String name, String status) { }

    /** One model's figures of a unit for the year. */
    public record Figures(LearningModel model, String title, long subjects, long registered, long recognised,
            String rate, String target, String difference, boolean behind) { }

    /**
     * One model's rate, target and difference (rate − target, in percentage points) of a ranked unit;
     * {@code difference} is {@code null} when the unit has no subjects or no target.
     */
    public record Cell(BigDecimal rate, BigDecimal target, BigDecimal difference) {

        public String rateText() {
            return rate == null ? "—" : rate.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }

        public String targetText() {
            return target == null ? "—" : target.stripTrailingZeros().toPlainString();
        }

        public String differenceText() {
            return difference == null ? "—" : (difference.signum() > 0 ? "+" : "")
                    + difference.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }

        public boolean behind() {
            return difference != null && difference.signum() < 0;
        }
    }

    /** A child of the unit in the ranking: its cells in the order of {@link #MODELS}, its report's status. */
    public record RankedUnit(int rank, String code, String name, List<Cell> cells, String report, boolean reportLagging) { }

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

    /** A file to download. */
    public record Download(String label, String href) { }

    /**
     * One body's task of a plan for the unit's year.
     *
     * @param due the due date as dd/MM/yyyy, or "Không có hạn" when the plan gives none (never overdue)
     * @param joining the bodies the plan has join, comma-separated, or {@code null}
     */
    public record TaskLine(long id, int version, String plan, int number, String task, String timing, String body,
            String joining, String due, String statusCode, String status, boolean overdue, boolean done, String note,
            boolean mayUpdate) {

        /** The statuses the form offers, code and Vietnamese name. */
        public List<org.learningsociety.core.plantask.TaskStatus> statuses() {
            return List.of(org.learningsociety.core.plantask.TaskStatus.values());
        }
    }

    /**
     * The plans' tasks of the unit for the year, or why there are none.
     *
     * @param message what the section says when it lists nothing (no task table, none at this level), else {@code null}
     */
    public record TaskSection(List<TaskLine> lines, long overdue, String message) { }

    /**
     * The page of one unit for one year.
     *
     * @param sortModel the model whose column the ranking is sorted by, {@code null} when by name
     * @param formerly a note when the code was another unit's in that year (before the 2025 reform), else {@code null}
     * @param childrenReport whether the children report for the year (communes do; villages do not)
     * @param sortKey the sort as the query names it ({@code FAMILY}, {@code ten} …)
     */
    public record View(String code, String name, String formerly, String levelName, int year, List<Integer> years,
            List<Choice> choices, List<Crumb> crumbs, List<Figures> figures, ReportSummary report,
            List<Laggard> laggards, String childrenLevel, List<RankedUnit> ranking, boolean childrenReport, String sortKey,
            boolean ascending, List<ModelChart> charts, String indicatorPlan, List<IndicatorLine> indicators,
            List<Download> downloads, TaskSection tasks) {

        public List<LearningModel> models() {
            return MODELS;
        }
    }

    /** The sort of the ranking: by a model's difference (rate − target) or by name; ascending puts the worst first. */
    record Sort(LearningModel model, boolean ascending) {

        static Sort parse(String key, String direction) {
            LearningModel model = LearningModel.FAMILY;
            if ("ten".equals(key)) {
                model = null;
            } else if (key != null) {
                for (LearningModel m : MODELS) {
                    if (m.name().equalsIgnoreCase(key)) {
                        model = m;
                    }
                }
            }
            return new Sort(model, !"giam".equals(direction));
        }

        String key() {
            return model == null ? "ten" : model.name();
        }
    }

    /** The unit the officer opens without naming one: the province if they reach it, else their first unit. */
    String defaultUnit(Collection<String> groups) {
        LocalDate on = attainment.reportDate(lastFinishedYear());
        if (access.mayReach(province, on)) {
            return province;
        }
        List<Choice> mine = choices(groups, on);
        return mine.isEmpty() ? province : mine.get(0).code();
    }

    /**
     * The dashboard of {@code code} for {@code year}, its children sorted as asked.
     *
     * @throws OutOfScopeException when the officer does not reach the unit, or it is outside the portal's province
     */
    View view(String code, int year, String sortKey, String direction, Collection<String> groups) {
        LocalDate on = attainment.reportDate(year);
        AdministrativeUnit unit = units.unitOn(code, on);
        access.requireAccess(code, on);
        List<AdministrativeUnit> above = units.ancestorsOf(unit, on);
        // the portal's units are those of its province as it stands today: a past year of a code is that of
        // the unit holding it then (before the 2025 reform, perhaps in a province merged since)
        AdministrativeUnit today = unit;
        try {
            today = units.unitOn(code, LocalDate.now(clock));
        } catch (LearningSocietyException e) {
            // the code is gone: its unit on that day decides
        }
        List<AdministrativeUnit> aboveToday = today == unit ? above : units.ancestorsOf(today, LocalDate.now(clock));
        if (!code.equals(province) && aboveToday.stream().noneMatch(u -> u.code().equals(province))) {
            throw new OutOfScopeException("unit", code, unit.name() + " không thuộc tỉnh, thành phố của cổng này");
        }
        String formerly = today.name().equals(unit.name()) ? null : "Số liệu năm " + year + " là của " + unit.name()
                + ", đơn vị mang mã " + code + " vào ngày "
                + on.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (nay là " + today.name() + ").";
        List<Crumb> crumbs = new ArrayList<>();
        for (AdministrativeUnit a : above) {
            if (a.level() != UnitLevel.CENTRE && access.mayReach(a.code(), on)) {
                crumbs.add(0, new Crumb(a.code(), a.name()));
            }
        }
        Sort sort = Sort.parse(sortKey, direction);

        // every model of every year, and the plan's indicators, measured side by side: on the province each is
        // a pass over its whole subtree
        int thisYear = LocalDate.now(clock).getYear();
        Map<Integer, Map<LearningModel, java.util.concurrent.CompletableFuture<Optional<Attainment>>>> measured =
                new HashMap<>();
        for (int y = FIRST_YEAR; y <= thisYear; y++) {
            int measuredYear = y;
            Map<LearningModel, java.util.concurrent.CompletableFuture<Optional<Attainment>>> models =
                    new EnumMap<>(LearningModel.class);
            for (LearningModel model : MODELS) {
                models.put(model, java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> attainmentOrNull(code, measuredYear, model), measuring));
            }
            measured.put(y, models);
        }
        var indicatorTable = java.util.concurrent.CompletableFuture.supplyAsync(() -> indicatorTable(code, year), measuring);
        Map<LearningModel, Attainment> ofYear = new EnumMap<>(LearningModel.class);
        for (LearningModel model : MODELS) {
            (measured.containsKey(year) ? measured.get(year).get(model).join() : attainmentOrNull(code, year, model))
                    .ifPresent(a -> ofYear.put(model, a));
        }
        List<Figures> figures = new ArrayList<>();
        for (LearningModel model : MODELS) {
            Attainment a = ofYear.get(model);
            Cell cell = cell(a);
            figures.add(new Figures(model, model.title(), a == null ? 0 : a.subjects(), a == null ? 0 : a.registered(),
                    a == null ? 0 : a.recognised(), cell.rate() == null ? "—" : cell.rateText() + "%",
                    cell.target() == null ? "—" : cell.targetText() + "%", cell.differenceText(), cell.behind()));
        }

        ReportPeriod period = ReportPeriod.year(year);
        Map<String, Completeness.Child> childReports = new HashMap<>();
        ReportSummary summary = null;
        List<Laggard> laggards = new ArrayList<>();
        Optional<Report> own = Optional.empty();
        if (reports != null) {
            try {
                own = reports.find(code, period);
                List<Completeness.Child> children = reports.completeness(code, period).children();
                children.forEach(c -> childReports.put(c.unitCode(), c));
                summary = summary(year, own, children);
                for (Completeness.Child c : children) {
                    if (c.status() == ReportStatus.SENT_BACK || c.timeliness() == Timeliness.LATE
                            || c.timeliness() == Timeliness.MISSING) {
                        laggards.add(new Laggard(c.unitCode(), c.unitName(), reportText(c)));
                    }
                }
            } catch (LearningSocietyException e) {
                summary = null;
            }
        }

        List<RankedUnit> ranking = ranking(ofYear, childReports, sort);
        String childrenLevel = ofYear.values().stream().flatMap(a -> a.children().stream()).findFirst()
                .map(c -> c.unit().level().vietnameseName()).orElse(null);

        List<ModelChart> charts = new ArrayList<>();
        for (LearningModel model : MODELS) {
            List<YearBar> bars = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= thisYear; y++) {
                bars.add(bar(y, measured.get(y).get(model).join().orElse(null), bars.size()));
            }
            charts.add(new ModelChart(model, model.title(), bars));
        }

        IndicatorTable table = indicatorTable.join();
        List<Download> downloads = new ArrayList<>();
        String query = "?don-vi=" + code + "&nam=" + year;
        if (own.isPresent()) {
            downloads.add(new Download("Báo cáo năm " + year + " của " + unit.name() + " (.xlsx)",
                    "/dashboard/tai-ve/bao-cao" + query));
        }
        if (table != null) {
            downloads.add(new Download("Bảng chỉ tiêu kế hoạch năm " + year + " (.xlsx)",
                    "/dashboard/tai-ve/chi-tieu" + query));
        }
        if (decisions != null) {
            try {
                for (DecisionsController.DecisionView d : decisions.decisions(code, year, 0, 100).items()) {
                    String what = d.modelTitle() != null ? "công nhận “" + d.modelTitle() + "”"
                            : "khen thưởng" + (d.formName() == null ? "" : " " + d.formName());
                    downloads.add(new Download("Phụ lục Quyết định số " + d.number() + " " + what + " – "
                            + d.issuingUnitName() + " (.xlsx)", "/dashboard/tai-ve/phu-luc/" + d.id()));
                }
            } catch (LearningSocietyException e) {
                // no decisions to list: the other downloads stay
            }
        }
        return new View(unit.code(), unit.name(), formerly, unit.level().vietnameseName(), year, years(),
                choices(groups, LocalDate.now(clock)),
                crumbs, figures, summary, laggards, childrenLevel, ranking, !childReports.isEmpty(), sort.key(), sort.ascending(), charts,
                table == null ? null : table.planNumber(), table == null ? List.of() : lines(table), downloads,
                planTasks == null ? null : tasks(code, year));
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The unit's plan tasks for the year (made on this first read), or a sentence saying why there are none. */
    TaskSection tasks(String code, int year) {
        org.learningsociety.core.plantask.PlanTaskTracking.Sheet sheet;
        try {
            sheet = planTasks.of(code, year);
        } catch (LearningSocietyException e) {
            return new TaskSection(List.of(), 0, "Không đọc được nhiệm vụ của kế hoạch: " + e.getMessage());
        }
        List<TaskLine> lines = new ArrayList<>();
        for (var line : sheet.lines()) {
            var item = line.item();
            String joining = line.joining().isEmpty() ? null : String.join(", ", line.joining().stream()
                    .map(org.learningsociety.core.plan.TaskBody::displayName).toList());
            boolean mayUpdate;
            try {
                mayUpdate = taskBodies.answersFor(line.unit(), line.body().answeredBy());
            } catch (RuntimeException e) {
                mayUpdate = false;
            }
            lines.add(new TaskLine(item.id(), item.version(), line.plan().number(), line.task().number(),
                    line.task().name(), line.task().timing() == null ? "—" : line.task().timing(),
                    line.body().displayName(), joining, item.dueDate() == null ? "Không có hạn" : item.dueDate().format(DAY),
                    item.status().name(), item.status().vietnameseName(), line.overdue(),
                    item.status() == org.learningsociety.core.plantask.TaskStatus.DONE, item.note(), mayUpdate));
        }
        String message = null;
        if (lines.isEmpty()) {
            List<String> numbers = sheet.plans().stream().map(p -> p.number()).toList();
            List<String> withTable = sheet.plans().stream().filter(p -> !p.tasks().isEmpty()).map(p -> p.number()).toList();
            message = numbers.isEmpty() ? "Không có kế hoạch nào áp dụng cho " + sheet.unit().name() + " năm " + year + "."
                    : !withTable.isEmpty() ? "Bảng nhiệm vụ của kế hoạch " + String.join(", ", withTable)
                            + " không giao nhiệm vụ nào cho cấp " + sheet.unit().level().vietnameseName()
                            .toLowerCase(new java.util.Locale("vi")) + " năm " + year + "."
                    : "Kế hoạch " + String.join(", ", numbers) + " không có bảng nhiệm vụ.";
        }
        return new TaskSection(lines, lines.stream().filter(TaskLine::overdue).count(), message);
    }

    /**
     * The units the officer may choose: the province and its communes when they reach the province,
     * otherwise each unit of the province their groups name with the units directly beneath it.
     */
    List<Choice> choices(Collection<String> groups, LocalDate on) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (access.mayReach(province, on)) {
            AdministrativeUnit top = units.unitOn(province, on);
            choices.put(top.code(), new Choice(top.code(), top.name(), top.name()));
            for (AdministrativeUnit child : byName(units.childrenOf(top, on))) {
                choices.put(child.code(), new Choice(child.code(), child.name(), "Các đơn vị trực thuộc " + top.name()));
            }
            return List.copyOf(choices.values());
        }
        for (String code : reachedCodes.apply(groups)) {
            try {
                AdministrativeUnit unit = units.unitOn(code, on);
                if (units.ancestorsOf(unit, on).stream().noneMatch(u -> u.code().equals(province))) {
                    continue;
                }
                choices.put(unit.code(), new Choice(unit.code(), unit.name(), unit.name()));
                for (AdministrativeUnit child : byName(units.childrenOf(unit, on))) {
                    choices.putIfAbsent(child.code(), new Choice(child.code(), child.name(), unit.name()));
                }
            } catch (LearningSocietyException e) {
                // a group naming a unit that does not exist on that day lists nothing
            }
        }
        return List.copyOf(choices.values());
    }

    private static List<AdministrativeUnit> byName(List<AdministrativeUnit> units) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return units.stream().sorted(Comparator.comparing(AdministrativeUnit::name, vietnamese)).toList();
    }

    private List<RankedUnit> ranking(Map<LearningModel, Attainment> ofYear, Map<String, Completeness.Child> childReports,
            Sort sort) {
        Map<String, AdministrativeUnit> children = new LinkedHashMap<>();
        Map<String, Map<LearningModel, Attainment>> byChild = new HashMap<>();
        for (LearningModel model : MODELS) {
            Attainment a = ofYear.get(model);
            if (a == null) {
                continue;
            }
            for (Attainment child : a.children()) {
                children.putIfAbsent(child.unit().code(), child.unit());
                byChild.computeIfAbsent(child.unit().code(), k -> new EnumMap<>(LearningModel.class)).put(model, child);
            }
        }
        record Row(AdministrativeUnit unit, List<Cell> cells) { }
        List<Row> rows = new ArrayList<>();
        for (AdministrativeUnit child : children.values()) {
            List<Cell> cells = new ArrayList<>();
            for (LearningModel model : MODELS) {
                cells.add(cell(byChild.get(child.code()).get(model)));
            }
            rows.add(new Row(child, cells));
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        Comparator<Row> byName = Comparator.comparing(r -> r.unit().name(), vietnamese);
        Comparator<Row> order;
        if (sort.model() == null) {
            order = sort.ascending() ? byName : byName.reversed();
        } else {
            int column = MODELS.indexOf(sort.model());
            Comparator<BigDecimal> difference = sort.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
            // units without a difference (no subjects, no target) come last either way
            order = Comparator.comparing((Row r) -> r.cells().get(column).difference(),
                    Comparator.nullsLast(difference)).thenComparing(byName);
        }
        rows.sort(order);
        List<RankedUnit> ranked = new ArrayList<>();
        for (Row row : rows) {
            Completeness.Child report = childReports.get(row.unit().code());
            ranked.add(new RankedUnit(ranked.size() + 1, row.unit().code(), row.unit().name(), row.cells(),
                    report == null ? "—" : reportText(report), report != null && lagging(report)));
        }
        return ranked;
    }

    private static boolean lagging(Completeness.Child c) {
        return c.status() == ReportStatus.SENT_BACK || c.timeliness() == Timeliness.LATE
                || c.timeliness() == Timeliness.MISSING;
    }

    private static String reportText(Completeness.Child c) {
        if (c.status() == null) {
            return c.timeliness() == Timeliness.MISSING ? Timeliness.MISSING.vietnameseName() : "Chưa lập báo cáo";
        }
        return c.status().vietnameseName() + (c.timeliness() == Timeliness.LATE ? " (quá hạn)" : "");
    }

    private static Cell cell(Attainment a) {
        if (a == null) {
            return new Cell(null, null, null);
        }
        BigDecimal target = a.target() == null ? null : a.target().value();
        BigDecimal difference = a.gap() == null ? null : a.gap().negate();
        return new Cell(a.rate(), target, difference);
    }

    private Optional<Attainment> attainmentOrNull(String code, int year, LearningModel model) {
        try {
            return Optional.of(attainment.attainment(code, year, model));
        } catch (LearningSocietyException e) {
            return Optional.empty();
        }
    }

    private static ReportSummary summary(int year, Optional<Report> own, List<Completeness.Child> children) {
        return new ReportSummary(year,
                own.map(r -> r.status().vietnameseName() + (r.late() ? " (quá hạn)" : "")).orElse("Chưa lập báo cáo"),
                own.map(Report::sentBackReason).orElse(null),
                children.size(),
                children.stream().filter(c -> c.status() == ReportStatus.SUBMITTED).count(),
                children.stream().filter(c -> c.status() == ReportStatus.APPROVED).count(),
                children.stream().filter(c -> c.status() == ReportStatus.SENT_BACK).count(),
                children.stream().filter(c -> c.timeliness() == Timeliness.LATE).count(),
                children.stream().filter(c -> c.timeliness() == Timeliness.MISSING).count());
    }

    private IndicatorTable indicatorTable(String code, int year) {
        if (indicators == null) {
            return null;
        }
        try {
            return indicators.table(code, ReportPeriod.year(year));
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

    private static YearBar bar(int year, Attainment a, int index) {
        int x = 40 + index * 60;
        if (a == null) {
            return new YearBar(year, 0, 0, 0, null, null, null, x, CHART_HEIGHT, 0, null);
        }
        BigDecimal target = a.target() == null ? null : a.target().value();
        int barHeight = a.rate() == null ? 0 : scale(a.rate());
        Integer targetY = target == null ? null : CHART_HEIGHT - scale(target);
        return new YearBar(year, a.subjects(), a.registered(), a.recognised(), a.rate(), target, a.gap(), x,
                CHART_HEIGHT - barHeight, barHeight, targetY);
    }

    private static int scale(BigDecimal percent) {
        return percent.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(CHART_HEIGHT))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
    }
}
