package org.learningsociety.workflow.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.CallerBodies;
import org.learningsociety.core.unit.UnitDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recognition of one subject by the authority its criteria set names, outside a commune's yearly
 * recognition of its villages' subjects: a commune assessed as a learning community (Circular
 * 25/2023/TT-BGDĐT), recognised after the 2025 reform by the province's People's Committee.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/registrations")
public class AuthorityRecognitionController {

    private final Recognising recognising;
    private final UnitAccess access;
    private final Clock clock;
    private final UnitDirectory units;
    private final CallerBodies bodies;

    /**
     * @param units the hierarchy, to read the issuing unit
     * @param bodies the bodies the caller acts for: only the authority's body of the issuing unit recognises
     */
    public AuthorityRecognitionController(Recognising recognising, UnitAccess access, Clock clock, UnitDirectory units,
            CallerBodies bodies) {
        this.recognising = Objects.requireNonNull(recognising);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
        this.units = Objects.requireNonNull(units);
        this.bodies = Objects.requireNonNull(bodies);
    }

    /** The decision as the recognising authority signs it: number, date, signer and the issuing unit. */
    public record NewRecognition(String number, LocalDate date, String signer, String issuingUnitCode) { }

    /** The decision issued, and the registration it recognised. */
    public record Recognised(long decisionId, String number, LocalDate date, String signer, String issuingUnitCode,
            int year, long registrationId) { }

    /**
     * Recognises a verified registration by a decision of the authority its criteria set names for the
     * subject's level on the decision's day. 403 when the issuing unit is not that authority (the commune's
     * own People's Committee for a commune the province recognises), naming who recognises; 400 when the
     * registration is not verified, its points do not earn the title, or the set is a sample the province
     * has not declared official.
     */
    @LibraryAction(Action.RECOGNISE)
    @PostMapping("/{id}/recognition")
    public ResponseEntity<Recognised> recognise(@PathVariable long id, @RequestBody NewRecognition recognition) {
        if (recognition.issuingUnitCode() == null || recognition.issuingUnitCode().isBlank()) {
            throw new InvalidInputException("issuingUnitCode", recognition.issuingUnitCode(),
                    "Mã đơn vị ban hành là bắt buộc");
        }
        LocalDate day = recognition.date() == null ? LocalDate.now(clock) : recognition.date();
        access.requireAccess(recognition.issuingUnitCode(), day);
        NewDecision decision = new NewDecision(recognition.number(), recognition.date(), recognition.signer(),
                recognition.issuingUnitCode());
        RegistrationId registration = new RegistrationId(id);
        Outcome authority = recognising.mayRecogniseAs(registration, decision);
        if (authority instanceof Outcome.Rejected rejected && "issuingUnitCode".equals(rejected.field())) {
            throw new OutOfScopeException(rejected.field(), rejected.value(), rejected.reason());
        }
        // the issuing unit is the authority's: its body of the authority's kind signs (the People's Committee, not
        // the association, of the province that recognises a commune)
        Authority named = recognising.authorityOf(registration, decision).orElse(null);
        AdministrativeUnit issuer = decision.issuer(units, day);
        if (named != null && !bodies.answersFor(issuer, named.body())) {
            throw new OutOfScopeException("issuingUnitCode", issuer.code(), "Quyết định công nhận này do "
                    + named.name() + " (" + named.body().ofUnit(issuer.name()) + ") ban hành; tài khoản không thuộc"
                    + " cơ quan này");
        }
        Decision issued = recognising.recogniseByAuthority(decision, registration);
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/decisions/" + issued.id().value()))
                .body(new Recognised(issued.id().value(), issued.number(), issued.date(), issued.signer(),
                        recognition.issuingUnitCode(), issued.year(), id));
    }
}
