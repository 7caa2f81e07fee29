package org.learningsociety.core.decision;

/** The forms of commendation, from the lowest. */
public enum CommendationForm {
    GIAY_KHEN("Giấy khen"),
    BANG_KHEN_PROVINCE("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố"),
    BANG_KHEN_PRIME_MINISTER("Bằng khen của Thủ tướng Chính phủ");

    private final String vietnameseName;

    CommendationForm(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
