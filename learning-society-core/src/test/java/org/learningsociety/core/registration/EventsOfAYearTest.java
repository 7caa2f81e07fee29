package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationEvent.CommendationApproved;
import org.learningsociety.core.commendation.CommendationEvent.CommendationProposed;
import org.learningsociety.core.commendation.CommendationEvent.CommendationRefused;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.UnitFixture;
import org.learningsociety.core.registration.RegistrationEvent.AssessmentVerified;
import org.learningsociety.core.registration.RegistrationEvent.SelfAssessmentSubmitted;
import org.learningsociety.core.registration.RegistrationEvent.SubjectRegistered;
import org.learningsociety.core.registration.RegistrationEvent.TitleNotRecognised;
import org.learningsociety.core.registration.RegistrationEvent.TitleRecognised;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;

/** Each state change of a subject's year and of a commendation returns the event that records it. */
class EventsOfAYearTest {

    private static final Instant MARCH = Instant.parse("2025-03-01T01:00:00Z");
    private static final Instant JUNE = Instant.parse("2025-06-01T01:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2025-10-01T01:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2025-12-15T01:00:00Z");

    private final CriteriaSet set = CriteriaFixture.family().withId(new CriteriaSetId(1));
    private final Subject household = new Subject(new SubjectId(7), SubjectKind.HOUSEHOLD, UnitFixture.GROUP_1,
            "Hộ ông Nguyễn Văn Bình", "HGD-007");
    private final RegistrationId id = new RegistrationId(42);
    private final Decision recognition = new Decision(new DecisionId(3), Decision.Kind.RECOGNITION, "125/QĐ-UBND",
            LocalDate.of(2025, 12, 15), "Nguyễn Văn An", UnitFixture.THANH_DONG, 2025, LearningModel.FAMILY, null);

    private Registration verified() {
        Registration registration = Registration.register(id, household, 2025, set, MARCH).registration();
        registration.selfAssess(set, CriteriaFixture.earning(), CriteriaFixture.evidence(), JUNE, false);
        registration.verify(set, CriteriaFixture.earning(), "Hội Khuyến học phường", null, OCTOBER);
        return registration;
    }

    @Test
    void registeringReturnsSubjectRegistered() {
        Registration.Registered registered = Registration.register(id, household, 2025, set, MARCH);

        assertThat(registered.event()).isEqualTo(new SubjectRegistered(id, household.id(), LearningModel.FAMILY,
                UnitFixture.GROUP_1, 2025, MARCH));
    }

    @Test
    void selfAssessingReturnsSelfAssessmentSubmittedWithTheTotal() {
        Registration registration = Registration.register(id, household, 2025, set, MARCH).registration();

        SelfAssessmentSubmitted event = registration.selfAssess(set, CriteriaFixture.belowTotal(),
                CriteriaFixture.evidence(), JUNE, true);

        assertThat(event).isEqualTo(new SelfAssessmentSubmitted(id, 70, true, JUNE));
    }

    @Test
    void verifyingReturnsAssessmentVerifiedWithTheVerifiedTotalAndWhetherItEarnsTheTitle() {
        Registration registration = Registration.register(id, household, 2025, set, MARCH).registration();
        registration.selfAssess(set, CriteriaFixture.earning(), CriteriaFixture.evidence(), JUNE, false);

        AssessmentVerified event = registration.verify(set, CriteriaFixture.belowCriterionMinimum(), "Hội Khuyến học phường",
                null, OCTOBER);

        assertThat(event).isEqualTo(new AssessmentVerified(id, 85, false, "Hội Khuyến học phường", OCTOBER));
    }

    @Test
    void recognisingReturnsTitleRecognisedWithTheDecision() {
        Registration registration = verified();

        TitleRecognised event = registration.recognise(set, recognition, DECEMBER);

        assertThat(event).isEqualTo(new TitleRecognised(id, recognition.id(), DECEMBER));
        assertThat(event.occurredAt()).isEqualTo(DECEMBER);
    }

    @Test
    void refusingRecognitionReturnsTitleNotRecognisedWithTheReason() {
        Registration registration = verified();

        TitleNotRecognised event = registration.refuseRecognition("Chuyển đi nơi khác", DECEMBER);

        assertThat(event).isEqualTo(new TitleNotRecognised(id, "Chuyển đi nơi khác", DECEMBER));
    }

    @Test
    void commendationEventsRecordProposalApprovalAndRefusal() {
        Registration registration = verified();
        registration.recognise(set, recognition, DECEMBER);
        Decision giayKhen = new Decision(new DecisionId(4), Decision.Kind.COMMENDATION, "88/QĐ-UBND",
                LocalDate.of(2025, 12, 20), "Trần Văn Bình", UnitFixture.HAI_PHONG, 2025, LearningModel.FAMILY,
                "GIAY_KHEN");

        Commendation.Proposed proposed = Commendation.propose(new CommendationId(9), registration,
                "GIAY_KHEN", "Hội Khuyến học phường", DECEMBER);
        CommendationApproved approved = proposed.commendation().approve(giayKhen, DECEMBER);
        Commendation other = Commendation.propose(new CommendationId(10), registration, "GIAY_KHEN",
                "Hội Khuyến học phường", DECEMBER).commendation();
        CommendationRefused refused = other.refuse("Trùng đề nghị", DECEMBER);

        assertThat(proposed.event()).isEqualTo(new CommendationProposed(new CommendationId(9), id,
                "GIAY_KHEN", "Hội Khuyến học phường", DECEMBER));
        assertThat(approved).isEqualTo(new CommendationApproved(new CommendationId(9), giayKhen.id(), DECEMBER));
        assertThat(refused).isEqualTo(new CommendationRefused(new CommendationId(10), "Trùng đề nghị", DECEMBER));
    }
}
