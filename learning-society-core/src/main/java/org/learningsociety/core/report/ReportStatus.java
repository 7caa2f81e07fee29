package org.learningsociety.core.report;

/** Where a report stands. */
public enum ReportStatus {
    /** Compiled, not yet sent up. */
    DRAFT("Dự thảo"),
    /** Sent to the level above, awaiting its approval. */
    SUBMITTED("Đã gửi"),
    /** Approved by the level above. */
    APPROVED("Đã duyệt"),
    /** Returned by the level above with a reason, to be corrected and sent again. */
    SENT_BACK("Bị trả lại"),
    /** The deadline passed and nothing was sent. */
    MISSING("Chưa nộp khi hết hạn");

    private final String vietnameseName;

    ReportStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
