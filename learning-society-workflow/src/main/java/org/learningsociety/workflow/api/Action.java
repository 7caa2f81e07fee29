package org.learningsociety.workflow.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an endpoint of the API does, as the permission matrix names it: every handler method of the
 * library's controllers carries one ({@link LibraryAction}), and a caller is let through when one of
 * their roles whose unit reaches the record's unit is granted it. The slug is what the properties
 * write ({@code learning-society.security.permissions.association=register,self-assess,verify,read}).
 */
public enum Action {

    /** Reads a unit's records: units, targets, subjects, registrations, decisions, reports, downloads, plans. */
    READ("xem dữ liệu"),
    /** Adds a village (thôn, tổ dân phố) under a commune. */
    EDIT_UNITS("thêm thôn, tổ dân phố"),
    /** Starts a commune's yearly cycle (đợt đăng ký, tự đánh giá, thẩm định, công nhận). */
    START_CYCLE("khởi động chu kỳ hằng năm của xã"),
    /** Adds subjects, moves them to another unit, keeps a group's member list, a village's roll of subjects. */
    MANAGE_SUBJECTS("quản lý danh sách đối tượng"),
    /** Imports a province-size file of subjects. */
    IMPORT("nhập tệp đối tượng"),
    /** Registers subjects for a year's title (đăng ký). */
    REGISTER("đăng ký danh hiệu"),
    /** Enters a subject's self-assessment on its behalf (tự đánh giá). */
    SELF_ASSESS("nhập bản tự đánh giá thay đối tượng"),
    /** Uploads an evidence file (minh chứng) for a self-assessment. */
    UPLOAD_EVIDENCE("tải lên minh chứng"),
    /** Enters the verified points (kiểm tra, thẩm định). */
    VERIFY("thẩm định"),
    /** Recognises (công nhận) and revokes a recognition. */
    RECOGNISE("công nhận, thu hồi công nhận"),
    /** Proposes subjects for a commendation (đề nghị khen thưởng). */
    PROPOSE_COMMENDATION("đề nghị khen thưởng"),
    /** Decides on commendations (quyết định khen thưởng, từ chối đề nghị). */
    COMMEND("quyết định khen thưởng"),
    /** Starts the rounds of reports up the hierarchy (báo cáo). */
    REPORT("mở đợt báo cáo"),
    /** Enters the values of the indicators a level enters itself (số liệu chỉ tiêu). */
    ENTER_INDICATOR_VALUES("nhập số liệu chỉ tiêu"),
    /** Answers a data subject's request for everything held about it (Decree 13/2023/NĐ-CP). */
    EXPORT_PERSONAL_DATA("trích xuất dữ liệu cá nhân"),
    /** Erases a subject's personal data at its request (Decree 13/2023/NĐ-CP). */
    ERASE_PERSONAL_DATA("xoá dữ liệu cá nhân"),
    /** Changes a plan without a rebuild ({@code POST /plans}). */
    EDIT_PLANS("sửa kế hoạch"),
    /**
     * Sets the status of one of a plan's tasks for a body, unit and year (tình trạng nhiệm vụ): granted to
     * the bodies that lead tasks; the body itself is checked besides (only the one answering for the item).
     */
    SET_TASK_STATUS("cập nhật tình trạng nhiệm vụ của kế hoạch"),
    /** Gives officers their roles, takes them, moves a merged unit's officers. */
    PROVISION_OFFICERS("phân công cán bộ");

    private final String vietnameseName;

    Action(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** {@code self-assess} for {@link #SELF_ASSESS}: the name the properties and the problems write. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "thẩm định" for {@link #VERIFY}: what a refusal names. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The action written {@code slug} ({@code self-assess}), if there is one. */
    public static Optional<Action> ofSlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug().equals(slug == null ? null : slug.trim()))
                .findFirst();
    }
}
