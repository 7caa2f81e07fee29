package org.learningsociety.core.audit;

/** The kinds of record the audit trail follows (its entity types), each with the name an officer reads. */
public enum Audited {
    REGISTRATION("Hồ sơ đăng ký"),
    DECISION("Quyết định"),
    COMMENDATION("Đề nghị khen thưởng"),
    SUBJECT("Đối tượng"),
    UNIT("Đơn vị hành chính"),
    /** A unit's entered value of an indicator for a year ({@code ls_indicator_value}). */
    INDICATOR_VALUE("Số liệu chỉ tiêu"),
    /** A stored version of a plan ({@code ls_plan_version}): its id is the version's row. */
    PLAN_VERSION("Phiên bản kế hoạch"),
    /** One body's task of a plan in a unit and year ({@code ls_plan_task_item}). */
    PLAN_TASK_ITEM("Nhiệm vụ kế hoạch");

    private final String vietnameseName;

    Audited(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
