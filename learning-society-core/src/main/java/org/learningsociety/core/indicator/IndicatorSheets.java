package org.learningsociety.core.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * What a unit enters for a year, as a data-entry sheet: each indicator of its plan in force that its
 * level enters, with the value stored (or none yet) and whether an approved report locks it; for a
 * level above, the sheets of its children too. And the audit history of one value.
 */
public class IndicatorSheets {

    private final IndicatorValues values;
    private final ReportLocks locks;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final AuditTrail audit;
    private final Clock clock;

    public IndicatorSheets(IndicatorValues values, Reports reports, UnitDirectory units, PlanDirectory plans,
            AuditTrail audit, Clock clock) {
        this.values = Objects.requireNonNull(values);
        this.locks = new ReportLocks(reports);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One indicator a unit enters for the year.
     *
     * @param value what the unit entered, {@code null} when it has entered nothing yet
     * @param locked whether an approved report of the unit for the year locks the value
     */
    public record Line(AdministrativeUnit unit, int year, Plan plan, PlanIndicator indicator, IndicatorValue value,
            boolean locked) {

        public boolean entered() {
            return value != null;
        }
    }

    /** A unit's sheet with its children's: the unit as it stood in the year, and the lines. */
    public record Sheet(AdministrativeUnit unit, int year, List<Line> lines) {

        public Sheet {
            lines = List.copyOf(lines);
        }
    }

    /** The day the units of {@code year} are taken on: its last day, or today while it runs. */
    public LocalDate dayOf(int year) {
        return IndicatorEntry.dayOf(Years.require("year", year), clock);
    }

    /** The indicators {@code unitCode} itself enters for {@code year}, each with its value. */
    public List<Line> of(String unitCode, int year) {
        AdministrativeUnit unit = units.unitOn(unitCode, dayOf(year));
        return linesOf(List.of(unit), year, plans);
    }

    /**
     * The indicators {@code unitCode} and each of its children enter for {@code year}: the unit's own
     * lines first, then each child's (by code); a unit whose level enters nothing has no lines.
     */
    public Sheet ofUnitAndChildren(String unitCode, int year) {
        LocalDate on = dayOf(year);
        AdministrativeUnit unit = units.unitOn(unitCode, on);
        List<AdministrativeUnit> all = new ArrayList<>();
        all.add(unit);
        units.childrenOf(unit, on).stream()
                .sorted(java.util.Comparator.comparing(AdministrativeUnit::code)).forEach(all::add);
        return new Sheet(unit, year, linesOf(all, year, plans.readingEachPlanOnce()));
    }

    /** The changes of one value, oldest first; none before its first entry. */
    public List<AuditRecord> history(String unitCode, int year, String indicator) {
        if (indicator == null || indicator.isBlank()) {
            throw new InvalidInputException("indicator", indicator, "Mã chỉ tiêu là bắt buộc");
        }
        AdministrativeUnit unit = units.unitOn(unitCode, dayOf(year));
        return values.auditId(unit.id(), year, indicator.strip())
                .stream().boxed().flatMap(id -> audit.historyOf(Audited.INDICATOR_VALUE, id).stream()).toList();
    }

    private List<Line> linesOf(List<AdministrativeUnit> among, int year, PlanDirectory directory) {
        LocalDate on = dayOf(year);
        Map<UnitId, Plan> planOf = new LinkedHashMap<>();
        for (AdministrativeUnit unit : among) {
            Plan plan = directory.planFor(unit, year, on);
            if (plan.indicators().stream().anyMatch(i -> i.enteredAt(unit.level()))) {
                planOf.put(unit.id(), plan);
            }
        }
        if (planOf.isEmpty()) {
            return List.of();
        }
        Map<UnitId, Map<String, IndicatorValue>> stored = new HashMap<>();
        values.find(planOf.keySet(), year).forEach(v -> stored.computeIfAbsent(v.unit(), u -> new HashMap<>())
                .put(v.indicator(), v));
        Set<UnitId> locked = locks.locked(planOf, year);
        List<Line> lines = new ArrayList<>();
        for (AdministrativeUnit unit : among) {
            Plan plan = planOf.get(unit.id());
            if (plan == null) {
                continue;
            }
            for (PlanIndicator indicator : plan.indicators()) {
                if (indicator.enteredAt(unit.level())) {
                    lines.add(new Line(unit, year, plan, indicator,
                            stored.getOrDefault(unit.id(), Map.of()).get(indicator.code()), locked.contains(unit.id())));
                }
            }
        }
        return lines;
    }
}
