package org.learningsociety.core.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Computes attainment for a unit, year and model, and for each of its child units: subjects,
 * registered, recognised, rate, target and gap. The community rate counts village-level communities
 * only, as the plans define it ("thôn, làng, tổ dân phố và tương đương"). One grouped count over the subtree, folded up in
 * memory — never one query per unit.
 */
public class AttainmentService {

    private final AttainmentCounts counts;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final RecordUnits recordUnits;
    private final Clock clock;

    public AttainmentService(AttainmentCounts counts, UnitDirectory units, PlanDirectory plans,
            RecordUnits recordUnits, Clock clock) {
        this.counts = Objects.requireNonNull(counts);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.recordUnits = Objects.requireNonNull(recordUnits);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The date the hierarchy is taken on for a report of {@code year}: the year's last day, or today
     * for the current year.
     */
    public LocalDate reportDate(int year) {
        Years.require("year", year);
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return endOfYear.isAfter(today) ? today : endOfYear;
    }

    public Attainment attainment(String unitCode, int year, LearningModel model) {
        // the root and every child ask for their target: each plan on their way up is read once
        PlanDirectory plans = this.plans.readingEachPlanOnce();
        LocalDate on = reportDate(year);
        AdministrativeUnit root = units.unitOn(unitCode, on);
        List<AdministrativeUnit> descendants = units.descendantsOf(root, on);
        Map<UnitId, AdministrativeUnit> byId = new HashMap<>();
        byId.put(root.id(), root);
        descendants.forEach(u -> byId.put(u.id(), u));

        // where each unit's records count, and the records still pending: worked out together, once
        RecordUnits.Resolution resolution = recordUnits.resolve(byId.keySet(), on);
        Map<UnitId, UnitId> reportingUnitOf = new HashMap<>(resolution.towards());
        if (model == LearningModel.COMMUNITY) {
            // the community rate counts villages (thôn, tổ dân phố) only: a commune, district or province
            // recognised as a community (Circular 25/2023) is not one of the plan's "cộng đồng"; the past
            // units the reform abolished are communes and above, never villages (portals add those)
            reportingUnitOf.keySet().removeIf(u -> !isVillage(byId.get(u)));
        }
        Map<UnitId, UnitCounts> perReportingUnit = new HashMap<>();
        counts.countsByUnit(reportingUnitOf.keySet(), year, model)
                .forEach((recordUnit, c) -> perReportingUnit.merge(reportingUnitOf.get(recordUnit), c, UnitCounts::plus));

        // records of units that went only partly into this subtree: those whose subject was re-assigned
        // into it count there; the others are reported as unassigned
        Map<UnitId, Set<UnitId>> pending = resolution.pending();
        Map<UnitId, Long> unassignedPer = new HashMap<>();
        long unassignedTotal = 0;
        if (!pending.isEmpty()) {
            Map<UnitId, UnitCounts> bySubjectUnit = counts.registrationsBySubjectUnit(pending.keySet(), year, model);
            for (var entry : bySubjectUnit.entrySet()) {
                if (model == LearningModel.COMMUNITY && !isVillage(byId.get(entry.getKey()))) {
                    continue;
                }
                UnitId reportUnit = reportingUnitOf.get(entry.getKey());
                if (reportUnit != null) {
                    perReportingUnit.merge(reportUnit, entry.getValue(), UnitCounts::plus);
                } else if (pending.containsKey(entry.getKey())) {
                    unassignedTotal += entry.getValue().registered();
                    for (UnitId successor : pending.get(entry.getKey())) {
                        unassignedPer.merge(successor, entry.getValue().registered(), Long::sum);
                    }
                }
            }
        }

        // the children are the subtree's first level (the same query's rows, in the same code order)
        List<AdministrativeUnit> children = descendants.stream().filter(u -> root.id().equals(u.parent())).toList();
        Set<UnitId> childIds = new HashSet<>();
        children.forEach(c -> childIds.add(c.id()));
        Map<UnitId, UnitCounts> perChild = new HashMap<>();
        Map<UnitId, Long> unassignedPerChild = new HashMap<>();
        UnitCounts total = UnitCounts.ZERO;
        for (var entry : perReportingUnit.entrySet()) {
            total = total.plus(entry.getValue());
            UnitId child = childOf(entry.getKey(), root.id(), childIds, byId);
            if (child != null) {
                perChild.merge(child, entry.getValue(), UnitCounts::plus);
            }
        }
        unassignedPer.forEach((unit, n) -> {
            UnitId child = childOf(unit, root.id(), childIds, byId);
            if (child != null) {
                unassignedPerChild.merge(child, n, Long::sum);
            }
        });
        List<Attainment> childAttainments = new ArrayList<>();
        for (AdministrativeUnit child : children) {
            childAttainments.add(attainmentOf(plans, child, year, model, perChild.getOrDefault(child.id(),
                    UnitCounts.ZERO), on, List.of(), unassignedPerChild.getOrDefault(child.id(), 0L)));
        }
        return attainmentOf(plans, root, year, model, total, on, childAttainments, unassignedTotal);
    }

    private static boolean isVillage(AdministrativeUnit unit) {
        return unit != null && unit.level() == UnitLevel.VILLAGE;
    }

    private static UnitId childOf(UnitId unit, UnitId root, Set<UnitId> childIds, Map<UnitId, AdministrativeUnit> byId) {
        UnitId current = unit;
        while (current != null && !current.equals(root)) {
            if (childIds.contains(current)) {
                return current;
            }
            AdministrativeUnit known = byId.get(current);
            current = known == null ? null : known.parent();
        }
        return null;
    }

    private static Attainment attainmentOf(PlanDirectory plans, AdministrativeUnit unit, int year,
            LearningModel model, UnitCounts c, LocalDate on, List<Attainment> children, long unassigned) {
        BigDecimal rate = c.subjects() == 0 ? null
                : BigDecimal.valueOf(c.recognised() * 100).divide(BigDecimal.valueOf(c.subjects()), 2, RoundingMode.HALF_UP);
        TargetValue target;
        try {
            target = plans.recognitionTarget(unit, model, year, on);
        } catch (NotFoundException noPlanSetsOne) {
            target = null;
        }
        BigDecimal gap = rate == null || target == null ? null : target.value().subtract(rate);
        return new Attainment(unit, year, model, c.subjects(), c.registered(), c.recognised(), rate, target, gap,
                children, unassigned);
    }
}
