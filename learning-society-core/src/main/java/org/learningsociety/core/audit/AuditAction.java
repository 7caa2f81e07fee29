package org.learningsociety.core.audit;

/** What a change did, each with the words an officer reads in an exported history. */
public enum AuditAction {
    REGISTERED("Đăng ký"),
    SELF_ASSESSED("Tự đánh giá"),
    VERIFIED("Thẩm định"),
    RECOGNISED("Công nhận"),
    NOT_RECOGNISED("Không công nhận"),
    NEVER_SELF_ASSESSED("Không tự đánh giá"),
    RECOGNITION_REVOKED("Thu hồi công nhận"),
    DECISION_ISSUED("Ban hành quyết định"),
    COMMENDATION_PROPOSED("Đề nghị khen thưởng"),
    COMMENDATION_APPROVED("Duyệt khen thưởng"),
    COMMENDATION_REFUSED("Không duyệt khen thưởng"),
    UNIT_MOVED("Chuyển đơn vị trực thuộc"),
    SUBJECT_MOVED("Chuyển đơn vị của đối tượng"),
    SUBJECT_RENAMED("Sửa tên đối tượng"),
    MEMBER_LIST_CHANGED("Cập nhật danh sách thành viên"),
    PERSONAL_DATA_ERASED("Xoá dữ liệu cá nhân theo yêu cầu"),
    EVIDENCE_PURGED("Xoá minh chứng hết thời hạn lưu trữ"),
    INDICATOR_VALUE_ENTERED("Nhập số liệu chỉ tiêu"),
    INDICATOR_VALUE_CHANGED("Sửa số liệu chỉ tiêu"),
    PLAN_ADDED("Thêm kế hoạch"),
    PLAN_CHANGED("Sửa kế hoạch (phiên bản mới)"),
    PLAN_TASK_STATUS_SET("Cập nhật tình trạng nhiệm vụ kế hoạch");

    private final String vietnameseName;

    AuditAction(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
