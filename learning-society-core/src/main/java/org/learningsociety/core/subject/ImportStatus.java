package org.learningsociety.core.subject;

/** Where a province-size import stands. */
public enum ImportStatus {
    QUEUED("Đang chờ"),
    CHECKING("Đang kiểm tra tệp"),
    IMPORTING("Đang nhập"),
    DONE("Đã nhập xong"),
    REFUSED("Bị từ chối, không nhập dòng nào"),
    FAILED("Lỗi, không nhập dòng nào");

    private final String vietnameseName;

    ImportStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether the import has ended, one way or the other. */
    public boolean finished() {
        return this == DONE || this == REFUSED || this == FAILED;
    }
}
