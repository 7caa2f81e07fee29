package org.learningsociety.core.plan;

/** Where an indicator's actual value comes from. */
public enum IndicatorSource {
    /** Computed from the library's records: the titles recognised, and for citizens the members of the groups. */
    COMPUTED("Tính từ hồ sơ"),
    /** Entered as an aggregate (a numerator and a denominator, or yes/no) by the level the plan names. */
    ENTERED("Đơn vị nhập"),
    /** Neither: the library cannot measure it yet, and the report says so. */
    NOT_MEASURABLE("Chưa đo được");

    private final String vietnameseName;

    IndicatorSource(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
