package org.learningsociety.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.fixtures.CriteriaFixture;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/**
 * Generated bad input to the yearly record service — points out of range, unknown indicators,
 * missing evidence, evidence that is not a reference, blank reasons and verifiers — is refused with
 * an {@link InvalidInputException} naming the field, and changes nothing (nor the audit trail).
 */
class RefusingBadServiceInputProperties {

    static final int TRIES = 300;

    enum Bad {
        POINTS_ABOVE_MAXIMUM, POINTS_BELOW_ZERO, UNKNOWN_INDICATOR, MISSING_EVIDENCE, EVIDENCE_NOT_A_REFERENCE,
        EVIDENCE_TOO_LONG, EVIDENCE_TITLE_TOO_LONG, BLANK_VERIFIER, BLANK_NON_RECOGNITION_REASON,
        BLANK_REVOCATION_REASON, VERIFIED_POINTS_ABOVE_MAXIMUM, UNKNOWN_REGISTRATION
    }

    record Input(Bad bad, int amount, String blank, String word) { }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void everyBadInputIsRefusedNamingItsFieldAndChangesNothing(@ForAll("inputs") Input input) {
        Services services = Services.haiPhong();
        List<Subject> households = services.enrolFamilies("10507-TDP1", 3);
        Registration registered = services.register(List.of(households.get(0)), 2025).get(0);
        Registration verified = services.verified(households.get(1), 2025, CriteriaFixture.earning());
        Registration recognised = services.verified(households.get(2), 2025, CriteriaFixture.earning());
        services.recognise(2025, "10/QĐ-UBND", List.of(recognised.id()));
        Object before = services.state();

        InvalidInputException refusal = catchThrowableOfType(() -> act(input, services, registered, verified, recognised),
                InvalidInputException.class);

        assertThat(refusal).as(input + " was accepted").isNotNull();
        assertThat(refusal.field()).isNotBlank();
        assertThat(refusal.getMessage()).contains("(trường: " + refusal.field());
        assertThat(services.state()).as("nothing written").isEqualTo(before);
    }

    private static void act(Input input, Services services, Registration registered,
            Registration verified, Registration recognised) {
        Scores earning = CriteriaFixture.earning();
        int n = input.amount();
        switch (input.bad()) {
            case POINTS_ABOVE_MAXIMUM -> selfAssess(services, registered, CriteriaFixture.with(earning, "1.1", 10 + n),
                    CriteriaFixture.evidence());
            case POINTS_BELOW_ZERO -> selfAssess(services, registered, CriteriaFixture.with(earning, "2.1", -n),
                    CriteriaFixture.evidence());
            case UNKNOWN_INDICATOR -> selfAssess(services, registered, CriteriaFixture.with(earning,
                    (5 + n % 90) + "." + input.word().length(), 1), CriteriaFixture.evidence());
            case MISSING_EVIDENCE -> selfAssess(services, registered, earning, n % 2 == 0 ? List.of()
                    : List.of(new Evidence(CriteriaFixture.EVIDENCED_INDICATOR, input.blank(), "Giấy khen")));
            case EVIDENCE_NOT_A_REFERENCE -> selfAssess(services, registered, earning, List.of(new Evidence(
                    CriteriaFixture.EVIDENCED_INDICATOR, "files/" + input.word() + (n % 2 == 0 ? " " : "\u0007")
                    + input.word() + ".pdf", "Giấy khen")));
            case EVIDENCE_TOO_LONG -> selfAssess(services, registered, earning, List.of(new Evidence(
                    CriteriaFixture.EVIDENCED_INDICATOR, "https://x.vn/" + "a".repeat(Evidence.MAX_REFERENCE + n),
                    "Giấy khen")));
            case EVIDENCE_TITLE_TOO_LONG -> selfAssess(services, registered, earning, List.of(new Evidence(
                    CriteriaFixture.EVIDENCED_INDICATOR, "files/a.pdf", "Giấy khen " + "x".repeat(Evidence.MAX_TITLE + n))));
            case BLANK_VERIFIER -> services.verifying().verify(new Verification(verified.id(), earning, input.blank(), null));
            case VERIFIED_POINTS_ABOVE_MAXIMUM -> services.verifying().verify(new Verification(verified.id(),
                    CriteriaFixture.with(earning, "4.1", 20 + n), "Cán bộ", null));
            case BLANK_NON_RECOGNITION_REASON -> services.recognising().recognise(new NewDecision("9/QĐ-UBND",
                    LocalDate.of(2025, 12, 15), "Nguyễn Văn An", "10507"), 2025, LearningModel.FAMILY,
                    List.of(verified.id()), Map.of(verified.id(), input.blank()));
            case BLANK_REVOCATION_REASON -> services.revoking().revokeRecognition(recognised.id(), input.blank());
            case UNKNOWN_REGISTRATION -> services.verifying().verify(new Verification(new RegistrationId(10_000 + n), earning,
                    "Cán bộ", null));
        }
    }

    private static void selfAssess(Services services, Registration registration, Scores scores,
            List<Evidence> evidence) {
        services.selfAssessing().selfAssess(new SelfAssessment(registration.id(), scores, evidence), false);
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> blank = Arbitraries.strings().withChars(" \t\u00a0").ofMaxLength(5)
                .map(s -> s.replace('\u00a0', ' '));
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(Arbitraries.of(Bad.class), Arbitraries.integers().between(1, 10_000), blank, word)
                .as(Input::new);
    }
}
