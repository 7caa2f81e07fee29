package org.learningsociety.core.report;

/** The identity of a report. */
public record ReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
