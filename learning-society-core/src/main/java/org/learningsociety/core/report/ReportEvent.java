package org.learningsociety.core.report;

import java.time.Instant;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.unit.UnitId;

/** What happened to a report. */
public sealed interface ReportEvent extends DomainEvent {

    ReportId report();

    /**
     * @param programme the programme the report is of, e.g. {@code PROGRAMME_387}
     * @param chain the line the report went up; {@code null} in an event recorded before reports had
     *     chains, which was the state's ({@link #reportChain()})
     */
    record ReportSubmitted(ReportId report, UnitId unit, UnitId parent, String programme, ReportPeriod period,
            boolean late, int missingChildren, Instant occurredAt, ReportChain chain) implements ReportEvent {

        /** A report of the state's chain sent up. */
        public ReportSubmitted(ReportId report, UnitId unit, UnitId parent, String programme, ReportPeriod period,
                boolean late, int missingChildren, Instant occurredAt) {
            this(report, unit, parent, programme, period, late, missingChildren, occurredAt, ReportChain.STATE);
        }

        /** The chain the report went up: the state's when the event names none. */
        public ReportChain reportChain() {
            return chain == null ? ReportChain.STATE : chain;
        }
    }

    record ReportApproved(ReportId report, UnitId unit, ReportPeriod period, String approvedBy, Instant occurredAt)
            implements ReportEvent { }

    record ReportSentBack(ReportId report, UnitId unit, ReportPeriod period, String sentBackBy, String reason,
            Instant occurredAt) implements ReportEvent { }

    record ReportMissed(ReportId report, UnitId unit, ReportPeriod period, Instant occurredAt)
            implements ReportEvent { }
}
