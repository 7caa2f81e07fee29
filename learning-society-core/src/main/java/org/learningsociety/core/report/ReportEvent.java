package org.learningsociety.core.report;

import java.time.Instant;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.unit.UnitId;

/** What happened to a report. */
public sealed interface ReportEvent extends DomainEvent {

    ReportId report();

    /** @param programme the programme the report is of, e.g. {@code PROGRAMME_387} */
    record ReportSubmitted(ReportId report, UnitId unit, UnitId parent, String programme, ReportPeriod period,
            boolean late, int missingChildren, Instant occurredAt) implements ReportEvent { }

    record ReportApproved(ReportId report, UnitId unit, ReportPeriod period, String approvedBy, Instant occurredAt)
            implements ReportEvent { }

    record ReportSentBack(ReportId report, UnitId unit, ReportPeriod period, String sentBackBy, String reason,
            Instant occurredAt) implements ReportEvent { }

    record ReportMissed(ReportId report, UnitId unit, ReportPeriod period, Instant occurredAt)
            implements ReportEvent { }
}
