package org.learningsociety.core.commendation;

/** Where a proposal for a commendation stands. */
public enum CommendationStatus {
    PROPOSED("Đã đề nghị"),
    APPROVED("Đã khen thưởng"),
    REFUSED("Không khen thưởng");

    private final String vietnameseName;

    CommendationStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The status as officers read it. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
