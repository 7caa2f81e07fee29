package org.learningsociety.core.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.indicator.IndicatorTable.Actual;
import org.learningsociety.core.indicator.IndicatorTable.ChildCell;
import org.learningsociety.core.indicator.IndicatorTable.Measured;
import org.learningsociety.core.indicator.IndicatorTable.Row;
import org.learningsociety.core.indicator.IndicatorTable.Target;
import org.learningsociety.core.indicator.IndicatorTable.YearCell;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Measures every indicator of the plan in force for a unit, for a year or a phase, with a cell per
 * child unit: a model's rate from the titles recognised (communities: villages only), an entered
 * indicator from the values the units of its level entered, a citizen indicator from the member
 * lists where a unit keeps them and from entered totals where it does not. A level sums its units'
 * numerators and denominators and divides once; for a yes/no indicator it reports the share of the
 * units answering yes.
 */
public class IndicatorReport {

    private final AttainmentService attainment;
    private final PlanDirectory plans;
    private final UnitDirectory units;
    private final IndicatorValues values;
    private final CitizenCounts citizens;

    public IndicatorReport(AttainmentService attainment, PlanDirectory plans, UnitDirectory units,
            IndicatorValues values, CitizenCounts citizens) {
        this.attainment = Objects.requireNonNull(attainment);
        this.plans = Objects.requireNonNull(plans);
        this.units = Objects.requireNonNull(units);
        this.values = Objects.requireNonNull(values);
        this.citizens = Objects.requireNonNull(citizens);
    }

    /**
     * The table of {@code unitCode} for {@code period}: a year, or a phase measured on its last year
     * with each of its years besides. The hierarchy is taken on the measured year's report date (after
     * the reform for 2025 read in 2026).
     */
    public IndicatorTable table(String unitCode, ReportPeriod period) {
        PlanDirectory once = plans.readingEachPlanOnce();
        Measurement measured = measure(once, unitCode, period.targetYear());
        List<Measurement> years = new ArrayList<>();
        if (!period.isYear()) {
            for (int year = period.fromYear(); year <= period.toYear(); year++) {
                years.add(year == period.targetYear() ? measured : measureIfExisting(once, unitCode, year));
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<Map.Entry<UnitId, Integer>, Optional<Plan>> plansOf = new HashMap<>();
        for (PlanIndicator indicator : measured.plan().indicators()) {
            Cells cells = measured.cells().get(indicator.code());
            Target target = target(once, plansOf, measured.root(), indicator.code(), measured.year(), measured.on());
            List<ChildCell> children = new ArrayList<>();
            for (AdministrativeUnit child : measured.children()) {
                Target childTarget = target(once, plansOf, child, indicator.code(), measured.year(), measured.on());
                Actual actual = cells.of(child.id());
                children.add(new ChildCell(child.code(), child.name(), childTarget, actual,
                        IndicatorTable.gap(childTarget, actual)));
            }
            List<YearCell> yearCells = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                Measurement year = years.get(i);
                // each year against the target the unit's plan sets for it
                Target yearTarget = target(once, plansOf, measured.root(), indicator.code(), period.fromYear() + i,
                        measured.on());
                Cells yearly = year == null ? null : year.cells().get(indicator.code());
                Actual actual = yearly != null ? yearly.root()
                        : year == null ? new Actual(null, null, null, Measured.NO_DATA, 0, 0) // no unit had the code
                        : Actual.notMeasurable(); // that year's plan does not hold the indicator
                yearCells.add(new YearCell(period.fromYear() + i, yearTarget, actual,
                        IndicatorTable.gap(yearTarget, actual)));
            }
            rows.add(new Row(indicator.code(), indicator.name(), indicator.denominator(), indicator.source(),
                    indicator.answer(), indicator.enteredBy(), target, cells.root(),
                    IndicatorTable.gap(target, cells.root()), children, yearCells));
        }
        AdministrativeUnit root = measured.root();
        Plan plan = measured.plan();
        return new IndicatorTable(root.code(), root.name(), root.level(), period.code(), period.vietnameseName(),
                measured.year(), plan.id(), plan.number(), plan.title(), rows);
    }

    private Measurement measureIfExisting(PlanDirectory once, String unitCode, int year) {
        try {
            return measure(once, unitCode, year);
        } catch (NotFoundException noUnitThatYear) {
            return null;
        }
    }

    /** Every indicator of the plan in force for the unit in {@code year}, measured for the unit and its children. */
    private Measurement measure(PlanDirectory once, String unitCode, int year) {
        LocalDate on = attainment.reportDate(year);
        AdministrativeUnit root = units.unitOn(unitCode, on);
        Plan plan = once.planFor(root, year, on);
        Subtree subtree = new Subtree(root, units.descendantsOf(root, on));
        Map<String, Cells> cells = new HashMap<>();
        Map<UnitId, IndicatorValue> none = Map.of();
        Map<String, Map<UnitId, IndicatorValue>> entered = null;
        for (PlanIndicator indicator : plan.indicators()) {
            if (indicator.source() == IndicatorSource.NOT_MEASURABLE) {
                cells.put(indicator.code(), Cells.notMeasurable());
                continue;
            }
            if (indicator.isRecognitionRate()) {
                cells.put(indicator.code(), rate(subtree, attainment.attainment(root.code(), year, indicator.model())));
                continue;
            }
            if (entered == null) {
                entered = enteredValues(subtree, year);
            }
            Map<UnitId, IndicatorValue> own = entered.getOrDefault(indicator.code(), none);
            if (indicator.within() != null) {
                cells.put(indicator.code(), citizens(subtree, indicator, own,
                        citizens.countsByUnit(subtree.ids(), year, indicator.within(), indicator.members(), on)));
            } else if (indicator.source() == IndicatorSource.ENTERED && indicator.enteredBy() != null) {
                cells.put(indicator.code(), entered(subtree, indicator, own));
            } else {
                cells.put(indicator.code(), Cells.notMeasurable());
            }
        }
        return new Measurement(root, year, on, plan, subtree.children(), cells);
    }

    private Map<String, Map<UnitId, IndicatorValue>> enteredValues(Subtree subtree, int year) {
        Map<String, Map<UnitId, IndicatorValue>> byIndicator = new HashMap<>();
        for (IndicatorValue value : values.find(subtree.ids(), year)) {
            byIndicator.computeIfAbsent(value.indicator(), k -> new HashMap<>()).put(value.unit(), value);
        }
        return byIndicator;
    }

    /** A model's rate: the attainment's own rows, the reporting unit's and its children's. */
    private static Cells rate(Subtree subtree, Attainment a) {
        Map<UnitId, Actual> byChild = new HashMap<>();
        int withSubjects = 0;
        for (Attainment child : a.children()) {
            boolean any = child.subjects() > 0;
            withSubjects += any ? 1 : 0;
            byChild.put(child.unit().id(), any
                    ? new Actual(child.recognised(), child.subjects(), child.rate(), Measured.COMPUTED, 1, 1)
                    : new Actual(null, null, null, Measured.NO_DATA, 0, 1));
        }
        Actual root = a.subjects() > 0
                ? new Actual(a.recognised(), a.subjects(), a.rate(), Measured.COMPUTED, withSubjects, a.children().size())
                : new Actual(null, null, null, Measured.NO_DATA, 0, a.children().size());
        return new Cells(root, byChild, new Actual(null, null, null, Measured.NO_DATA, 0, 1));
    }

    /** An entered indicator: the values of the units of its level, summed under each child and the unit. */
    private static Cells entered(Subtree subtree, PlanIndicator indicator, Map<UnitId, IndicatorValue> values) {
        Map<UnitId, Leaf> leaves = new HashMap<>();
        values.forEach((unit, value) -> {
            AdministrativeUnit known = subtree.unit(unit);
            if (known != null && known.level() == indicator.enteredBy()) {
                leaves.put(unit, new Leaf(value.ratio(), Measured.ENTERED));
            }
        });
        return Cells.folded(subtree, indicator.enteredBy(), leaves);
    }

    /**
     * A citizen indicator: for each unit of the entering level, its entered totals where it entered
     * them, else the members counted beneath it where member lists are kept; groups belonging above
     * that level (a district's organisation) count where they belong.
     */
    private static Cells citizens(Subtree subtree, PlanIndicator indicator, Map<UnitId, IndicatorValue> values,
            Map<UnitId, Ratio> counted) {
        UnitLevel level = indicator.enteredBy() != null ? indicator.enteredBy() : UnitLevel.COMMUNE;
        Map<UnitId, Leaf> leaves = new HashMap<>();
        counted.forEach((unit, ratio) -> {
            UnitId leaf = subtree.atOrAbove(unit, level);
            if (leaf != null) {
                leaves.merge(leaf, new Leaf(ratio, Measured.COMPUTED), Leaf::plus);
            }
        });
        values.forEach((unit, value) -> {
            AdministrativeUnit known = subtree.unit(unit);
            if (known != null && known.level() == level) {
                leaves.put(unit, new Leaf(value.ratio(), Measured.ENTERED));
            }
        });
        return Cells.folded(subtree, level, leaves);
    }

    /**
     * The target the plan in force for {@code unit} sets for {@code code} in {@code year}, {@code null}
     * when none does. Each unit's plan is looked up once per year ({@code plans}), not once per indicator.
     */
    private static Target target(PlanDirectory once, Map<Map.Entry<UnitId, Integer>, Optional<Plan>> plans,
            AdministrativeUnit unit, String code, int year, LocalDate on) {
        Optional<Plan> plan = plans.computeIfAbsent(Map.entry(unit.id(), year), k -> {
            try {
                return Optional.of(once.planFor(unit, year, on));
            } catch (LearningSocietyException noPlan) {
                return Optional.empty();
            }
        });
        if (plan.isEmpty() || plan.get().indicator(code).isEmpty()) {
            return null;
        }
        try {
            TargetValue value = plan.get().targetFor(code, year, unit.areaType());
            return new Target(value.value(), value.isDerived(), value.explanation());
        } catch (LearningSocietyException noTarget) {
            return null;
        }
    }

    private record Measurement(AdministrativeUnit root, int year, LocalDate on, Plan plan,
            List<AdministrativeUnit> children, Map<String, Cells> cells) { }

    /** What one unit of the entering level contributes. */
    private record Leaf(Ratio ratio, Measured measured) {

        Leaf plus(Leaf other) {
            return new Leaf(ratio.plus(other.ratio), measured == other.measured ? measured : Measured.MIXED);
        }
    }

    /** An indicator's actual values: the unit's and each child's. */
    private record Cells(Actual root, Map<UnitId, Actual> byChild, Actual missing) {

        static Cells notMeasurable() {
            return new Cells(Actual.notMeasurable(), Map.of(), Actual.notMeasurable());
        }

        Actual of(UnitId child) {
            return byChild.getOrDefault(child, missing);
        }

        /** The leaves summed under each child and under the unit, with how many units of the level had data. */
        static Cells folded(Subtree subtree, UnitLevel level, Map<UnitId, Leaf> leaves) {
            Map<UnitId, Actual> byChild = new HashMap<>();
            for (AdministrativeUnit child : subtree.children()) {
                byChild.put(child.id(), sum(leaves, subtree.beneath(child.id(), level), subtree.expected(child.id(), level)));
            }
            Actual root = sum(leaves, leaves.keySet(), subtree.expected(subtree.root().id(), level));
            return new Cells(root, byChild, sum(Map.of(), Set.of(), 0));
        }

        private static Actual sum(Map<UnitId, Leaf> leaves, java.util.Collection<UnitId> under, int expected) {
            Ratio total = Ratio.ZERO;
            Set<Measured> sources = EnumSet.noneOf(Measured.class);
            int withData = 0;
            for (UnitId unit : under) {
                Leaf leaf = leaves.get(unit);
                if (leaf != null) {
                    total = total.plus(leaf.ratio());
                    sources.add(leaf.measured());
                    withData++;
                }
            }
            if (withData == 0) {
                return new Actual(null, null, null, Measured.NO_DATA, 0, expected);
            }
            Measured measured = sources.size() > 1 || sources.contains(Measured.MIXED) ? Measured.MIXED
                    : sources.iterator().next();
            return new Actual(total.numerator(), total.denominator(), total.percent(), measured, withData, expected);
        }
    }

    /** The unit and its descendants on the report date, with each one's child of the unit. */
    private static final class Subtree {

        private final AdministrativeUnit root;
        private final Map<UnitId, AdministrativeUnit> byId = new HashMap<>();
        private final List<AdministrativeUnit> children = new ArrayList<>();
        private final Map<UnitId, UnitId> topOf = new HashMap<>();
        private List<UnitId> ids;
        private final Map<UnitLevel, Map<UnitId, List<UnitId>>> leavesByLevel = new java.util.EnumMap<>(UnitLevel.class);

        Subtree(AdministrativeUnit root, List<AdministrativeUnit> descendants) {
            this.root = root;
            byId.put(root.id(), root);
            for (AdministrativeUnit unit : descendants) {
                byId.put(unit.id(), unit);
                if (root.id().equals(unit.parent())) {
                    children.add(unit);
                }
            }
        }

        AdministrativeUnit root() {
            return root;
        }

        List<AdministrativeUnit> children() {
            return children;
        }

        List<UnitId> ids() {
            if (ids == null) {
                ids = List.copyOf(byId.keySet());
            }
            return ids;
        }

        AdministrativeUnit unit(UnitId id) {
            return byId.get(id);
        }

        /**
         * The unit of {@code level} that {@code unit} lies in (itself when of that level), or the unit
         * itself when it sits above that level; {@code null} outside the subtree.
         */
        UnitId atOrAbove(UnitId unit, UnitLevel level) {
            AdministrativeUnit current = byId.get(unit);
            if (current == null) {
                return null;
            }
            if (current.level().ordinal() <= level.ordinal()) {
                return current.id();
            }
            while (current != null && current.level().ordinal() > level.ordinal()) {
                current = current.parent() == null ? null : byId.get(current.parent());
            }
            return current == null ? null : current.id();
        }

        /** {@code child} and its descendants that are of {@code level} or above it (where leaves sit). */
        List<UnitId> beneath(UnitId child, UnitLevel level) {
            return leavesByLevel.computeIfAbsent(level, this::leaves).getOrDefault(child, List.of());
        }

        /** How many units of {@code level} lie in {@code top}'s subtree (the unit or one of its children), itself included. */
        int expected(UnitId top, UnitLevel level) {
            if (top.equals(root.id())) {
                return (int) byId.values().stream().filter(u -> u.level() == level).count();
            }
            return (int) beneath(top, level).stream().filter(u -> byId.get(u).level() == level).count();
        }

        /** Per child of the unit, the units of its subtree of {@code level} or above: one pass over the subtree. */
        private Map<UnitId, List<UnitId>> leaves(UnitLevel level) {
            Map<UnitId, List<UnitId>> byChild = new HashMap<>();
            for (AdministrativeUnit unit : byId.values()) {
                UnitId child = childOf(unit.id());
                if (child != null && unit.level().ordinal() <= level.ordinal()) {
                    byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(unit.id());
                }
            }
            return byChild;
        }

        /** The child of the unit that {@code id} lies in (itself for a child), {@code null} for the unit itself. */
        private UnitId childOf(UnitId id) {
            if (id.equals(root.id())) {
                return null;
            }
            UnitId known = topOf.get(id);
            if (known != null) {
                return known;
            }
            AdministrativeUnit unit = byId.get(id);
            UnitId top = root.id().equals(unit.parent()) ? id : unit.parent() == null ? null : childOf(unit.parent());
            if (top != null) {
                topOf.put(id, top);
            }
            return top;
        }
    }
}
