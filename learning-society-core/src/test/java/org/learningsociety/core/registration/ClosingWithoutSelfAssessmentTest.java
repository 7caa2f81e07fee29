package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.RegistrationEvent.SelfAssessmentNeverMade;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.unit.UnitId;

class ClosingWithoutSelfAssessmentTest {

    private static final String VILLAGE = "10507-TDP1";

    private final Services services = Services.haiPhong();
    private final ClosingWithoutSelfAssessment closing = new ClosingWithoutSelfAssessment(services.yearlyRecords());
    private final CampaignBatches batches = new CampaignBatches(services.unitDirectory(), services.registrations(),
            services.clock());
    private final List<Subject> households = services.enrolFamilies(VILLAGE, 3);
    private final Registration assessed = services.verified(households.get(0), 2025, CriteriaFixture.earning());
    private final List<Registration> neverAssessed = services.register(households.subList(1, 3), 2025);
    private final List<UnitId> village = batches.unitsOfBatch(VILLAGE, 2025);

    @Test
    void closesTheYearsNeverSelfAssessedAsNotRecognisedWithTheReasonAuditedAndLeavesTheOthers() {
        services.events().clear();
        services.actAs("hoikhuyenhoc.thanhdong");

        int closed = closing.closeNeverSelfAssessed(village, 2025, LearningModel.FAMILY, "Hộ đi làm ăn xa cả năm");

        assertThat(closed).isEqualTo(2);
        for (Registration registration : neverAssessed) {
            Registration now = services.yearlyRecords().registration(registration.id());
            assertThat(now.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
            assertThat(now.nonRecognitionReason()).isEqualTo("Không tự đánh giá: Hộ đi làm ăn xa cả năm");
            AuditRecord last = services.auditTrail().historyOf(Audited.REGISTRATION, registration.id().value())
                    .stream().reduce((a, b) -> b).orElseThrow();
            assertThat(last.action()).isEqualTo(AuditAction.NEVER_SELF_ASSESSED);
            assertThat(last.actor()).isEqualTo("hoikhuyenhoc.thanhdong");
            assertThat(last.reason()).isEqualTo("Hộ đi làm ăn xa cả năm");
            assertThat(last.before()).startsWith("REGISTERED");
            assertThat(last.after()).startsWith("NOT_RECOGNISED");
        }
        assertThat(services.yearlyRecords().registration(assessed.id()).status()).isEqualTo(RegistrationStatus.VERIFIED);
        assertThat(services.events().all()).containsExactly(
                new SelfAssessmentNeverMade(neverAssessed.get(0).id(), "Hộ đi làm ăn xa cả năm", services.clock().instant()),
                new SelfAssessmentNeverMade(neverAssessed.get(1).id(), "Hộ đi làm ăn xa cả năm", services.clock().instant()));
    }

    @Test
    void theVillagesSelfAssessmentCanThenBeMarkedDone() {
        assertThat(batches.batchCompletion(CyclePhase.SELF_ASSESSMENT, LearningModel.FAMILY, VILLAGE, 2025))
                .isInstanceOf(Outcome.Rejected.class);

        closing.closeNeverSelfAssessed(village, 2025, LearningModel.FAMILY, "Không liên lạc được");

        assertThat(batches.batchCompletion(CyclePhase.SELF_ASSESSMENT, LearningModel.FAMILY, VILLAGE, 2025))
                .isInstanceOf(Outcome.Allowed.class);
    }

    @Test
    void theClosedYearsCountAsRegisteredAndNotRecognised() {
        closing.closeNeverSelfAssessed(village, 2025, LearningModel.FAMILY, "Không liên lạc được");

        Attainment village = services.attainmentService().attainment(VILLAGE, 2025, LearningModel.FAMILY);

        assertThat(village.subjects()).isEqualTo(3);
        assertThat(village.registered()).isEqualTo(3);
        assertThat(village.recognised()).isZero();
    }

    @Test
    void refusesToCloseWithoutAReasonAndWritesNothing() {
        Object before = services.state();

        refused("notSelfAssessedReason", " ",
                () -> closing.closeNeverSelfAssessed(village, 2025, LearningModel.FAMILY, " "));

        assertThat(services.state()).isEqualTo(before);
    }
}
