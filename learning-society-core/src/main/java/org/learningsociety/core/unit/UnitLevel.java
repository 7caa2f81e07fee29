package org.learningsociety.core.unit;

/** The levels of the administrative hierarchy, from the top. */
public enum UnitLevel {
    CENTRE("Trung ương"),
    PROVINCE("Tỉnh, thành phố"),
    DISTRICT("Quận, huyện"),
    COMMUNE("Xã, phường, thị trấn"),
    VILLAGE("Thôn, tổ dân phố");

    private final String vietnameseName;

    UnitLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether a unit of this level may sit directly under a unit of {@code parent}'s level. */
    public boolean mayBeChildOf(UnitLevel parent) {
        return parent.ordinal() < ordinal();
    }
}
