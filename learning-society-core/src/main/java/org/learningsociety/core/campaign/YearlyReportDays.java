package org.learningsociety.core.campaign;

import java.time.LocalDate;
import java.util.Optional;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * When the plans date a commune's yearly report, which closes the cycle's {@link CyclePhase#REPORT}
 * window: the same day the commune's report of the year is due ({@code ReportDeadlines} answers it
 * from Programme 387's plans in force for the commune's level).
 */
@FunctionalInterface
public interface YearlyReportDays {

    /**
     * The day the plans in force on {@code on} date {@code commune}'s report of {@code year}, with the
     * plan that states it; empty when none does.
     */
    Optional<CycleDeadline> yearlyReportDue(AdministrativeUnit commune, int year, LocalDate on);
}
