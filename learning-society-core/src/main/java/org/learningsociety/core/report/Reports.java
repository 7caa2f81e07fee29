package org.learningsociety.core.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.unit.UnitId;

/** The repository of reports: one per unit, programme, chain and period. */
public interface Reports {

    ReportId nextId();

    /** Adds a new report; a second report of a unit for one programme and period is a {@code ConflictException}. */
    void add(Report report);

    /**
     * Writes a changed report (its rows replaced) only if its stored version is still the one it was
     * read at; otherwise a {@code ConflictException}.
     */
    void update(Report report);

    Optional<Report> findById(ReportId id);

    /** The report of {@code unit} for {@code programme} (e.g. {@code PROGRAMME_387}), {@code chain} and {@code period}. */
    Optional<Report> find(UnitId unit, String programme, ReportChain chain, ReportPeriod period);

    /**
     * The reports of {@code units} for {@code programme}, {@code chain} and {@code period} (one query per chunk,
     * not per unit).
     */
    List<Report> findByUnits(Collection<UnitId> units, String programme, ReportChain chain, ReportPeriod period);
}
