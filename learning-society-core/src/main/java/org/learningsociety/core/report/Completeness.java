package org.learningsociety.core.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Which child units of a level have reported for a period (DHIS2's completeness of a data set),
 * and by when they were due.
 *
 * @param deadline the children's deadline, {@code null} when no plan sets one
 */
public record Completeness(String unitCode, ReportPeriod period, LocalDate deadline, List<Child> children) {

    public Completeness {
        children = List.copyOf(children);
    }

    /** A child unit and where its report stands ({@code status} {@code null}: nothing compiled). */
    public record Child(String unitCode, String unitName, ReportStatus status, Timeliness timeliness) {

        public boolean hasSubmitted() {
            return status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
        }
    }

    public List<Child> submitted() {
        return children.stream().filter(Child::hasSubmitted).toList();
    }

    public List<Child> approved() {
        return children.stream().filter(c -> c.status() == ReportStatus.APPROVED).toList();
    }

    /** The children that have not sent a report (or whose report was sent back). */
    public List<Child> missing() {
        return children.stream().filter(c -> !c.hasSubmitted()).toList();
    }

    public List<Child> late() {
        return children.stream().filter(c -> c.timeliness() == Timeliness.LATE).toList();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }
}
