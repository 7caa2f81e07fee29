package org.learningsociety.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.report.ReportEvent.ReportSentBack;
import org.learningsociety.core.report.ReportEvent.ReportSubmitted;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

class ReportingUpTheHierarchyTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant ON_TIME = Instant.parse("2026-03-30T03:00:00Z");
    private static final Instant AFTER_DEADLINE = Instant.parse("2026-04-01T03:00:00Z");

    private static Report draft() {
        return Report.compile(new ReportId(1), new UnitId(31), "31", "Thành phố Hải Phòng", UnitLevel.PROVINCE,
                new UnitId(1), org.learningsociety.core.plan.Plan.PROGRAMME_387, ReportPeriod.phase(2021, 2025),
                LocalDate.of(2026, 3, 31), List.of(), List.of(),
                List.of(), Instant.parse("2026-03-01T03:00:00Z"));
    }

    private static Completeness.Child child(String code, ReportStatus status) {
        return new Completeness.Child(code, "Xã " + code, status, Timeliness.PENDING);
    }

    @Test
    void aDraftIsSubmittedOnTimeThenApproved() {
        Report report = draft();

        ReportSubmitted submitted = report.submit(List.of(), ON_TIME, VIETNAM);
        report.approve("Bộ Giáo dục và Đào tạo", ON_TIME);

        assertThat(submitted.late()).isFalse();
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.timeliness(LocalDate.of(2026, 4, 2))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aReportSubmittedAfterItsDeadlineIsLate() {
        Report report = draft();

        assertThat(report.submit(List.of(), AFTER_DEADLINE, VIETNAM).late()).isTrue();
        assertThat(report.timeliness(LocalDate.of(2026, 4, 2))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void theDeadlineDayInVietnamStillCountsAsOnTime() {
        // 23:00 on 31 March in Hà Nội is 16:00 UTC the same day
        assertThat(draft().submit(List.of(), Instant.parse("2026-03-31T16:00:00Z"), VIETNAM).late()).isFalse();
        assertThat(draft().submit(List.of(), Instant.parse("2026-03-31T17:30:00Z"), VIETNAM).late()).isTrue();
    }

    @Test
    void sendingBackNeedsAReasonAndTheReportIsSentAgain() {
        Report report = draft();
        report.submit(List.of(), ON_TIME, VIETNAM);

        assertThatThrownBy(() -> report.sendBack("Bộ Giáo dục và Đào tạo", "  ", ON_TIME))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lý do");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);

        ReportSentBack sentBack = report.sendBack("Bộ Giáo dục và Đào tạo", "Thiếu số liệu Dòng họ học tập", ON_TIME);
        assertThat(sentBack.reason()).isEqualTo("Thiếu số liệu Dòng họ học tập");
        assertThat(report.status()).isEqualTo(ReportStatus.SENT_BACK);

        report.submit(List.of(), ON_TIME, VIETNAM);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyASubmittedReportIsApprovedOrSentBack() {
        Report report = draft();

        assertThatThrownBy(() -> report.approve("Bộ", ON_TIME)).hasMessageContaining("Chỉ duyệt");
        assertThat(ReportPolicies.decisionAllowed(report).isAllowed()).isFalse();
    }

    @Test
    void theLevelAboveReopensAnApprovedReportBySendingItBack() {
        Report report = draft();
        assertThat(ReportPolicies.sendingBackAllowed(report).isAllowed()).as("a draft is not the level above's").isFalse();
        assertThatThrownBy(() -> report.sendBack("Bộ Giáo dục và Đào tạo", "Sửa số liệu", ON_TIME))
                .hasMessageContaining("Chỉ trả lại được báo cáo đã gửi hoặc đã duyệt");
        report.submit(List.of(), ON_TIME, VIETNAM);
        report.approve("Bộ Giáo dục và Đào tạo", ON_TIME);

        ReportSentBack reopened = report.sendBack("Bộ Giáo dục và Đào tạo",
                "Số cán bộ khuyến học được tập huấn chưa khớp với danh sách", AFTER_DEADLINE);

        assertThat(reopened.reason()).isEqualTo("Số cán bộ khuyến học được tập huấn chưa khớp với danh sách");
        assertThat(report.status()).isEqualTo(ReportStatus.SENT_BACK);
        report.recompile(List.of(), List.of(), List.of(), AFTER_DEADLINE);
        report.submit(List.of(), AFTER_DEADLINE, VIETNAM);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aSubmittedReportIsNotSubmittedAgainNorCompiledAgain() {
        Report report = draft();
        report.submit(List.of(), ON_TIME, VIETNAM);

        assertThatThrownBy(() -> report.submit(List.of(), ON_TIME, VIETNAM)).hasMessageContaining("Không thể gửi");
        assertThatThrownBy(() -> report.recompile(List.of(), List.of(), List.of(), ON_TIME))
                .hasMessageContaining("Không thể lập lại");
    }

    @Test
    void aDraftWhoseDeadlinePassesIsMissingAndMayStillBeSentLate() {
        Report report = draft();

        assertThat(report.deadlinePassed(AFTER_DEADLINE)).isPresent();
        assertThat(report.status()).isEqualTo(ReportStatus.MISSING);
        assertThat(report.timeliness(LocalDate.of(2026, 4, 1))).isEqualTo(Timeliness.MISSING);

        report.recompile(List.of(), List.of(), List.of(), AFTER_DEADLINE);
        assertThat(report.submit(List.of(), AFTER_DEADLINE, VIETNAM).late()).isTrue();
    }

    @Test
    void aSentReportIsNotMadeMissingByItsDeadline() {
        Report report = draft();
        report.submit(List.of(), ON_TIME, VIETNAM);

        assertThat(report.deadlinePassed(AFTER_DEADLINE)).isEmpty();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aLevelWaitsForItsChildrenUntilTheirDeadline() {
        Completeness children = new Completeness("31", ReportPeriod.phase(2021, 2025), LocalDate.of(2026, 2, 15),
                List.of(child("11001", ReportStatus.APPROVED), child("11002", ReportStatus.DRAFT),
                        child("11003", null)));

        assertThat(ReportPolicies.childrenReported(children, LocalDate.of(2026, 2, 15)))
                .isInstanceOfSatisfying(org.learningsociety.core.shared.Outcome.Rejected.class,
                        r -> assertThat(r.reason()).contains("Xã 11002", "Xã 11003"));
        assertThat(ReportPolicies.childrenReported(children, LocalDate.of(2026, 2, 16)).isAllowed()).isTrue();
        assertThat(children.missing()).extracting(Completeness.Child::unitCode).containsExactly("11002", "11003");
        assertThat(children.submitted()).hasSize(1);
    }

    @Test
    void aLevelWhoseChildrenHaveAllReportedMaySendAtOnce() {
        Completeness children = new Completeness("31", ReportPeriod.year(2025), null,
                List.of(child("11001", ReportStatus.SUBMITTED), child("11002", ReportStatus.APPROVED)));

        assertThat(ReportPolicies.childrenReported(children, LocalDate.of(2025, 11, 1)).isAllowed()).isTrue();
        assertThat(children.isComplete()).isTrue();
    }

    @Test
    void periodsReadAsTheirCodesAndNameTheirMilestones() {
        assertThat(ReportPeriod.parse("2021-2025")).isEqualTo(ReportPeriod.phase(2021, 2025));
        assertThat(ReportPeriod.parse("2025").milestoneKind()).isEqualTo("YEARLY_REPORT");
        assertThat(ReportPeriod.phase(2021, 2030).milestoneKind()).isEqualTo("REVIEW_2030");
        assertThat(ReportPeriod.phase(2021, 2025).title()).isEqualTo(
                "Báo cáo sơ kết 5 năm xây dựng xã hội học tập giai đoạn 2021–2025");
        assertThat(ReportPeriod.phase(2021, 2030).title()).startsWith("Báo cáo tổng kết 10 năm");
        assertThatThrownBy(() -> ReportPeriod.parse("năm nay")).hasMessageContaining("Kỳ báo cáo");
    }
}
