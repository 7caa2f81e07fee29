package org.learningsociety.core.indicator;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.plan.Phase;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.unit.UnitId;

/**
 * The approved reports that lock a year's values: a unit's yearly report for the year, and its review
 * of a phase ending that year (2021–2025 in 2025; 2026–2030 and the ten-year 2021–2030 in 2030), up
 * either chain: the association's report states the same values as the state's.
 */
final class ReportLocks {

    private final Reports reports;

    ReportLocks(Reports reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    /** The reports whose approval locks {@code year}'s values under {@code plan}. */
    static Set<ReportPeriod> periodsLocking(int year, Plan plan) {
        Set<ReportPeriod> periods = new LinkedHashSet<>();
        periods.add(ReportPeriod.year(year));
        for (Phase phase : plan.phases()) {
            if (phase.toYear() == year) {
                periods.add(ReportPeriod.phase(phase.fromYear(), year));
                periods.add(ReportPeriod.phase(plan.firstYear(), year));
            }
        }
        return periods;
    }

    /** The approved report of {@code unit} that locks its values of {@code year}, if any. */
    Optional<Report> approvedReport(UnitId unit, int year, Plan plan) {
        for (ReportPeriod period : periodsLocking(year, plan)) {
            for (ReportChain chain : ReportChain.values()) {
                Optional<Report> report = reports.find(unit, Plan.PROGRAMME_387, chain, period)
                        .filter(r -> r.status() == ReportStatus.APPROVED);
                if (report.isPresent()) {
                    return report;
                }
            }
        }
        return Optional.empty();
    }

    /** Of {@code units}, each with its plan, those whose values of {@code year} an approved report locks. */
    Set<UnitId> locked(Map<UnitId, Plan> units, int year) {
        Map<ReportPeriod, List<UnitId>> byPeriod = new HashMap<>();
        units.forEach((unit, plan) -> periodsLocking(year, plan)
                .forEach(period -> byPeriod.computeIfAbsent(period, p -> new java.util.ArrayList<>()).add(unit)));
        Set<UnitId> locked = new LinkedHashSet<>();
        byPeriod.forEach((period, among) -> {
            for (ReportChain chain : ReportChain.values()) {
                reports.findByUnits(among, Plan.PROGRAMME_387, chain, period).stream()
                        .filter(r -> r.status() == ReportStatus.APPROVED).map(Report::unit).forEach(locked::add);
            }
        });
        return locked;
    }
}
