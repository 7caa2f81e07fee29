package org.learningsociety.core.report;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.Outcome;

/** The rules of a report, each a named policy a test can exercise alone. */
public final class ReportPolicies {

    private ReportPolicies() {
    }

    /** A report is sent while a draft, or again once sent back. */
    public static Outcome submissionAllowed(Report report) {
        return switch (report.status()) {
            case DRAFT, SENT_BACK -> Outcome.allowed();
            default -> Outcome.rejected("reportId", report.id(),
                    "Không thể gửi báo cáo ở trạng thái \"" + report.status().vietnameseName() + "\"");
        };
    }

    /**
     * A level sends its report once each of its children has sent theirs, or once the children's
     * deadline has passed — then with the missing children listed.
     */
    public static Outcome childrenReported(Completeness children, LocalDate today) {
        if (children.missing().isEmpty()) {
            return Outcome.allowed();
        }
        if (children.deadline() != null && today.isAfter(children.deadline())) {
            return Outcome.allowed();
        }
        return Outcome.rejected("children", children.missing().size(), "Chưa thể gửi báo cáo: còn "
                + children.missing().size() + " đơn vị cấp dưới chưa nộp báo cáo ("
                + children.missing().stream().map(Completeness.Child::unitName).collect(Collectors.joining(", "))
                + ") và chưa hết hạn nộp của cấp dưới"
                + (children.deadline() == null ? "" : " (" + children.deadline() + ")"));
    }

    /** Only a submitted report is approved or sent back. */
    public static Outcome decisionAllowed(Report report) {
        return report.status() == ReportStatus.SUBMITTED ? Outcome.allowed()
                : Outcome.rejected("reportId", report.id(), "Chỉ duyệt hoặc trả lại được báo cáo đã gửi; báo cáo đang ở trạng thái \""
                        + report.status().vietnameseName() + "\"");
    }

    /**
     * A submitted report is sent back; so is an approved one, which the level above reopens: its approval
     * locks the unit's entered values of the year, and sending it back unlocks them for correction (as
     * DHIS2 unapproves data). A draft, missing or sent-back report is not the level above's to return.
     */
    public static Outcome sendingBackAllowed(Report report) {
        return report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.APPROVED
                ? Outcome.allowed()
                : Outcome.rejected("reportId", report.id(), "Chỉ trả lại được báo cáo đã gửi hoặc đã duyệt; báo cáo "
                        + "đang ở trạng thái \"" + report.status().vietnameseName() + "\"");
    }

    /** A report is sent back with the reason the level below is to correct. */
    public static Outcome sendBackReasonGiven(String reason) {
        return reason == null || reason.isBlank()
                ? Outcome.rejected("reason", reason, "Phải nêu lý do trả lại báo cáo")
                : Outcome.allowed();
    }

    /** A report is compiled again while a draft, sent back or missing — not while the level above holds it. */
    public static Outcome compilingAllowed(Report report) {
        return switch (report.status()) {
            case DRAFT, SENT_BACK, MISSING -> Outcome.allowed();
            default -> Outcome.rejected("reportId", report.id(),
                    "Không thể lập lại báo cáo ở trạng thái \"" + report.status().vietnameseName() + "\"");
        };
    }
}
