package org.learningsociety.core.report;

/** Whether a report came in by its deadline (DHIS2's "on time" and "late" of a data set). */
public enum Timeliness {
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn"),
    /** Not sent and the deadline has passed. */
    MISSING("Không nộp"),
    /** Not sent; the deadline has not passed (or there is none). */
    PENDING("Chưa nộp");

    private final String vietnameseName;

    Timeliness(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
