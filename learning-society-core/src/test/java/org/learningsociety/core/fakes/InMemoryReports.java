package org.learningsociety.core.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportId;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.unit.UnitId;

/**
 * Reports in memory, one per unit and period. A report is mutable, so the fake keeps the instance it
 * was given: a test moves it through its states and writes it back with {@link #update}.
 */
public final class InMemoryReports implements Reports {

    private final Map<ReportId, Report> rows = new LinkedHashMap<>();
    private long lastId;

    @Override
    public ReportId nextId() {
        return new ReportId(++lastId);
    }

    @Override
    public void add(Report report) {
        if (find(report.unit(), report.programme(), report.chain(), report.period()).isPresent()) {
            throw new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "unitCode", report.unitCode(),
                    "Đơn vị đã có báo cáo " + report.period().vietnameseName());
        }
        rows.put(report.id(), report);
    }

    @Override
    public void update(Report report) {
        rows.put(report.id(), report);
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Report> find(UnitId unit, String programme, ReportChain chain, ReportPeriod period) {
        return rows.values().stream().filter(r -> r.unit().equals(unit) && r.programme().equals(programme)
                && r.chain() == chain && r.period().equals(period)).findFirst();
    }

    @Override
    public List<Report> findByUnits(Collection<UnitId> units, String programme, ReportChain chain,
            ReportPeriod period) {
        Set<UnitId> wanted = new HashSet<>(units);
        return new ArrayList<>(rows.values().stream().filter(r -> wanted.contains(r.unit())
                && r.programme().equals(programme) && r.chain() == chain && r.period().equals(period)).toList());
    }
}
