package org.learningsociety.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

class AuditingChangesTest {

    private final Services services = Services.haiPhong();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 3);

    private List<AuditRecord> historyOf(Registration registration) {
        return services.auditTrail().historyOf(Audited.REGISTRATION, registration.id().value());
    }

    @Test
    void recordsWhoWhenBeforeAndAfterOfEveryStepOfAYear() {
        services.actAs("ho-gia-dinh-1");
        Registration registration = services.register(List.of(households.get(0)), 2025).get(0);
        services.selfAssess(registration, CriteriaFixture.earning());
        services.actAs("hoi-khuyen-hoc-phuong");
        services.verify(registration, CriteriaFixture.earning());
        services.actAs("chu-tich-ubnd-phuong");
        Decision decision = services.recognise(2025, "125/QĐ-UBND", List.of(registration.id()));

        List<AuditRecord> history = historyOf(registration);

        assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.REGISTERED,
                AuditAction.SELF_ASSESSED, AuditAction.VERIFIED, AuditAction.RECOGNISED);
        assertThat(history).extracting(AuditRecord::actor).containsExactly("ho-gia-dinh-1", "ho-gia-dinh-1",
                "hoi-khuyen-hoc-phuong", "chu-tich-ubnd-phuong");
        assertThat(history).allSatisfy(r -> assertThat(r.at()).isEqualTo(services.clock().instant()));
        AuditRecord selfAssessed = history.get(1);
        assertThat(selfAssessed.before()).isEqualTo("REGISTERED");
        assertThat(selfAssessed.after()).isEqualTo("SELF_ASSESSED tự đánh giá[" + CriteriaFixture.earning().encode()
                + "] minh chứng=1");
        assertThat(history.get(2).after()).contains("VERIFIED", "thẩm định[" + CriteriaFixture.earning().encode() + "]");
        assertThat(history.get(3).before()).startsWith("VERIFIED");
        assertThat(history.get(3).after()).startsWith("RECOGNISED").endsWith("quyết định=" + decision.id());
        assertThat(services.auditTrail().historyOf(Audited.DECISION, decision.id().value()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.DECISION_ISSUED);
                    assertThat(r.after()).contains("125/QĐ-UBND", "Nguyễn Văn An");
                });
    }

    @Test
    void recordsEachChangeOfPointsAndANonRecognitionWithItsReason() {
        Registration registration = services.register(List.of(households.get(0)), 2025).get(0);
        services.selfAssess(registration, CriteriaFixture.belowTotal());
        services.selfAssess(registration, CriteriaFixture.earning());
        services.verify(registration, CriteriaFixture.belowTotal());
        services.recognising().recognise(new NewDecision("126/QĐ-UBND", LocalDate.of(2025, 12, 15), "Nguyễn Văn An",
                "10507"), 2025, LearningModel.FAMILY, List.of(services.verified(households.get(1), 2025,
                CriteriaFixture.earning()).id()), Map.of(registration.id(), "Chưa đạt điểm"));

        List<AuditRecord> history = historyOf(registration);

        assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.REGISTERED,
                AuditAction.SELF_ASSESSED, AuditAction.SELF_ASSESSED, AuditAction.VERIFIED, AuditAction.NOT_RECOGNISED);
        assertThat(history.get(2).before()).contains(CriteriaFixture.belowTotal().encode());
        assertThat(history.get(2).after()).contains(CriteriaFixture.earning().encode());
        assertThat(history.get(4).reason()).isEqualTo("Chưa đạt điểm");
        assertThat(history.get(4).after()).startsWith("NOT_RECOGNISED").contains("Chưa đạt điểm");
    }

    @Test
    void recordsABatchWithOneRecordPerRegistration() {
        List<Registration> registered = services.register(households, 2025);

        assertThat(services.auditTrail().all()).hasSize(3)
                .extracting(AuditRecord::entityId)
                .containsExactlyElementsOf(registered.stream().map(r -> r.id().value()).toList());
    }

    @Test
    void recordsCommendationProposalsApprovalsAndRefusals() {
        Registration first = services.verified(households.get(0), 2025, CriteriaFixture.earning());
        Registration second = services.verified(households.get(1), 2025, CriteriaFixture.earning());
        services.recognise(2025, "125/QĐ-UBND", List.of(first.id(), second.id()));
        services.actAs("hoi-khuyen-hoc-phuong");
        List<Commendation> proposed = services.commendationService().propose(List.of(first.id(), second.id()),
                "GIAY_KHEN", "Hội Khuyến học phường");
        services.actAs("ban-thi-dua-31");
        services.commendationService().decide(new NewDecision("88/QĐ-UBND", LocalDate.of(2025, 12, 20), "Trần Văn Bình",
                "31"), "GIAY_KHEN", 2025, LearningModel.FAMILY, List.of(proposed.get(0).id()),
                Map.of(proposed.get(1).id(), "Đã được khen năm trước"));

        List<AuditRecord> approved = services.auditTrail().historyOf(Audited.COMMENDATION,
                proposed.get(0).id().value());
        List<AuditRecord> refusedOne = services.auditTrail().historyOf(Audited.COMMENDATION,
                proposed.get(1).id().value());

        assertThat(approved).extracting(AuditRecord::action).containsExactly(AuditAction.COMMENDATION_PROPOSED,
                AuditAction.COMMENDATION_APPROVED);
        assertThat(approved).extracting(AuditRecord::actor).containsExactly("hoi-khuyen-hoc-phuong", "ban-thi-dua-31");
        assertThat(approved.get(1).before()).startsWith("PROPOSED GIAY_KHEN");
        assertThat(approved.get(1).after()).startsWith("APPROVED GIAY_KHEN");
        assertThat(refusedOne).extracting(AuditRecord::action).containsExactly(AuditAction.COMMENDATION_PROPOSED,
                AuditAction.COMMENDATION_REFUSED);
        assertThat(refusedOne.get(1).reason()).isEqualTo("Đã được khen năm trước");
    }

    @Test
    void recordsAVillageMovedToAnotherCommune() {
        services.actAs("so-noi-vu");
        services.unitDirectory().moveUnder(UnitFixture.GROUP_3, "10532", LocalDate.of(2025, 9, 1));

        assertThat(services.auditTrail().historyOf(Audited.UNIT, UnitFixture.GROUP_3.value()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.UNIT_MOVED);
                    assertThat(r.actor()).isEqualTo("so-noi-vu");
                    assertThat(r.before()).isEqualTo("10507-TDP3 thuộc 10507 từ 2025-07-01");
                    assertThat(r.after()).isEqualTo("10507-TDP3 thuộc 10532 từ 2025-09-01");
                });
    }

    @Test
    void recordsASubjectMovedToAnotherUnit() {
        Subject moved = services.subjectCatalogue().move(households.get(0).id(), "10507-TDP2");

        assertThat(moved.unit()).isEqualTo(services.subjects().findById(moved.id()).orElseThrow().unit());
        assertThat(services.auditTrail().historyOf(Audited.SUBJECT, moved.id().value()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.SUBJECT_MOVED);
                    assertThat(r.before()).isEqualTo("đơn vị 10507-TDP1");
                    assertThat(r.after()).isEqualTo("đơn vị 10507-TDP2");
                });
    }

    @Test
    void aRefusedChangeLeavesNoAuditRecord() {
        Registration registration = services.register(List.of(households.get(0)), 2025).get(0);
        int before = services.auditTrail().all().size();

        refused("scores[1.1].points", 11,
                () -> services.selfAssessing().selfAssessAll(List.of(new SelfAssessment(registration.id(),
                        CriteriaFixture.with(CriteriaFixture.earning(), "1.1", 11), CriteriaFixture.evidence())), false));

        assertThat(services.auditTrail().all()).hasSize(before);
    }

    @Test
    void exportsAHistoryAsCsvForASpreadsheet() {
        Registration registration = services.verified(households.get(0), 2025, CriteriaFixture.earning());
        services.recognising().recognise(new NewDecision("127/QĐ-UBND", LocalDate.of(2025, 12, 15), "Nguyễn Văn An",
                "10507"), 2025, LearningModel.FAMILY, List.of(services.verified(households.get(1), 2025,
                CriteriaFixture.earning()).id()), Map.of(registration.id(), "=HYPERLINK(\"x\"), thiếu minh chứng"));

        String csv = AuditExport.csv(historyOf(registration));

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + AuditExport.HEADER);
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines[1]).startsWith("01/10/2025 08:00:00,Hồ sơ đăng ký," + registration.id() + ",Đăng ký,can-bo-phuong,");
        assertThat(lines[4]).contains("Không công nhận").endsWith(",\"'=HYPERLINK(\"\"x\"\"), thiếu minh chứng\"");
    }
}
