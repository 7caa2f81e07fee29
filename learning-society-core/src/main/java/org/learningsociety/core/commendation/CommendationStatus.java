package org.learningsociety.core.commendation;

/**
 * Where a proposal for a commendation stands: proposed, then approved or refused by the province (or a
 * body beneath it), or — for a form the province only proposes upward — granted or not by the higher body.
 */
public enum CommendationStatus {
    PROPOSED("Đã đề nghị"),
    APPROVED("Đã khen thưởng"),
    REFUSED("Không khen thưởng"),
    /** A form proposed upward (the Prime Minister's Bằng khen), given by the higher body's decision. */
    GRANTED("Cấp trên đã khen thưởng"),
    /** A form proposed upward that the higher body did not give. */
    NOT_GRANTED("Cấp trên không khen thưởng");

    private final String vietnameseName;

    CommendationStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** Whether the proposal is still open or the form was given: not refused, not turned down above. */
    public boolean isOpenOrGiven() {
        return this != REFUSED && this != NOT_GRANTED;
    }

    /** The status as officers read it. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
