package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.RegistrationEvent.RecognitionRevoked;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.Subject;

class RevokingRecognitionTest {

    private final Services services = Services.haiPhong();
    private final YearlyRecords records = services.yearlyRecords();
    private final RevokingRecognition revoking = services.revoking();
    private final List<Subject> households = services.enrolFamilies("10507-TDP1", 2);
    private final Registration recognised = services.verified(households.get(0), 2025, CriteriaFixture.earning());
    private final Decision decision;

    RevokingRecognitionTest() {
        decision = services.recognise(2025, "125/QĐ-UBND", List.of(recognised.id()));
        services.events().clear();
    }

    @Test
    void aRevocationMakesTheYearNotRecognisedWithItsReasonAndKeepsTheDecision() {
        services.actAs("chu-tich-ubnd-phuong");

        Registration revoked = revoking.revokeRecognition(recognised.id(), "Phát hiện minh chứng không đúng sự thật");

        assertThat(revoked.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
        assertThat(revoked.nonRecognitionReason()).isEqualTo("Phát hiện minh chứng không đúng sự thật");
        assertThat(revoked.decision()).as("the decision it was recognised by stays referenced").isEqualTo(decision.id());
        assertThat(services.decisions().findById(decision.id())).contains(decision);
        assertThat(records.registration(recognised.id()).status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
        assertThat(services.events().all()).containsExactly(new RecognitionRevoked(recognised.id(), decision.id(),
                "Phát hiện minh chứng không đúng sự thật", services.clock().instant()));
        AuditRecord last = services.auditTrail().historyOf(Audited.REGISTRATION, recognised.id().value())
                .stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.action()).isEqualTo(AuditAction.RECOGNITION_REVOKED);
        assertThat(last.actor()).isEqualTo("chu-tich-ubnd-phuong");
        assertThat(last.reason()).isEqualTo("Phát hiện minh chứng không đúng sự thật");
        assertThat(last.before()).startsWith("RECOGNISED");
        assertThat(last.after()).startsWith("NOT_RECOGNISED");
    }

    @Test
    void refusesARevocationWithoutAReasonAndWritesNothing() {
        Object before = services.state();

        refused("reason", " ", () -> revoking.revokeRecognition(recognised.id(), " "));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void refusesRevokingAYearThatIsNotRecognised() {
        Registration verified = services.verified(households.get(1), 2025, CriteriaFixture.earning());

        refused("registrationId", verified.id(), () -> revoking.revokeRecognition(verified.id(), "Lý do"));
    }

    @Test
    void aRevokedYearCannotBeRecognisedAgainByAnotherDecision() {
        revoking.revokeRecognition(recognised.id(), "Sai sót");

        refused("registrationId", recognised.id(),
                () -> services.recognise(2025, "130/QĐ-UBND", List.of(recognised.id())));
    }

    @Test
    void aRecognisedYearCannotBeRecognisedAgainByAnotherDecision() {
        Object before = services.state();

        refused("registrationId", recognised.id(),
                () -> services.recognise(2025, "131/QĐ-UBND", List.of(recognised.id())));

        assertThat(services.state()).isEqualTo(before);
    }

    @Test
    void anIssuedDecisionNumberCannotBeIssuedAgain() {
        Registration other = services.verified(households.get(1), 2025, CriteriaFixture.earning());

        refused(ConflictException.class, "decisionNumber", "125/QĐ-UBND",
                () -> services.recognise(2025, "125/QĐ-UBND", List.of(other.id())));

        assertThat(services.decisions().findById(decision.id())).contains(decision);
    }

    @Test
    void decisionsHaveNoWayToBeChangedOrDeleted() {
        List<String> methods = Arrays.stream(Decisions.class.getMethods()).map(Method::getName).toList();

        assertThat(methods).containsExactlyInAnyOrder("nextId", "add", "findById", "findByNumber", "find");
        assertThat(Decision.class.isRecord()).as("a decision is an immutable value").isTrue();
    }
}
