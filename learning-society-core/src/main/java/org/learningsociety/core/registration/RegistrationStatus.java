package org.learningsociety.core.registration;

/** Where a subject's year stands. */
public enum RegistrationStatus {
    REGISTERED("Đã đăng ký"),
    SELF_ASSESSED("Đã tự đánh giá"),
    VERIFIED("Đã thẩm định"),
    RECOGNISED("Được công nhận"),
    NOT_RECOGNISED("Không được công nhận");

    private final String vietnameseName;

    RegistrationStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isFinal() {
        return this == RECOGNISED || this == NOT_RECOGNISED;
    }
}
