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

    /**
     * Whether a unit of this level may sit directly under a unit of {@code parent}'s level: any higher
     * level (a commune under a province once districts are gone), except that a village (thôn, tổ dân
     * phố) belongs to a commune only.
     */
    public boolean mayBeChildOf(UnitLevel parent) {
        if (this == VILLAGE) {
            return parent == COMMUNE;
        }
        return parent.ordinal() < ordinal();
    }
}
