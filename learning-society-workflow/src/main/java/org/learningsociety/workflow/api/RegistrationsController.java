package org.learningsociety.workflow.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.learningsociety.core.campaign.LateSelfAssessments;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.RevokingRecognition;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.CallerBodies;
import org.learningsociety.core.unit.UnitDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A subject's year: registering, self-assessing, verification, and where it stands. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/registrations")
public class RegistrationsController {

    private final YearlyRecords records;
    private final Registering registering;
    private final SelfAssessing selfAssessing;
    private final Verifying verifying;
    private final Subjects subjects;
    private final Decisions decisions;
    private final UnitAccess access;
    private final Listings listings;
    private final RevokingRecognition revoking;
    private final LateSelfAssessments lateness;
    private final Clock clock;
    private final UnitDirectory units;
    private final CallerBodies bodies;

    /**
     * @param units the hierarchy, to read a decision's issuing unit
     * @param bodies the bodies the caller acts for: only the body that issued a recognition revokes it
     */
    public RegistrationsController(YearlyRecords records, Registering registering, SelfAssessing selfAssessing,
            Verifying verifying, RevokingRecognition revoking, Subjects subjects, Decisions decisions,
            UnitAccess access, Listings listings, LateSelfAssessments lateness, Clock clock, UnitDirectory units,
            CallerBodies bodies) {
        this.units = Objects.requireNonNull(units);
        this.bodies = Objects.requireNonNull(bodies);
        this.records = Objects.requireNonNull(records);
        this.registering = Objects.requireNonNull(registering);
        this.selfAssessing = Objects.requireNonNull(selfAssessing);
        this.verifying = Objects.requireNonNull(verifying);
        this.subjects = Objects.requireNonNull(subjects);
        this.decisions = Objects.requireNonNull(decisions);
        this.access = Objects.requireNonNull(access);
        this.listings = Objects.requireNonNull(listings);
        this.revoking = Objects.requireNonNull(revoking);
        this.clock = Objects.requireNonNull(clock);
        this.lateness = Objects.requireNonNull(lateness);
    }

    public record NewRegistration(Long subjectId, Integer year) { }

    public record Score(String indicator, Integer points) { }

    public record EvidenceItem(String indicator, String reference, String title) { }

    /** Scores against the registration's criteria set, with evidence (minh chứng) and a note. */
    public record Assessment(List<Score> scores, List<EvidenceItem> evidence, String note) { }

    /** The decision that recognised the registration: its number, date and signer. */
    // named apart from DecisionsController.DecisionView, which springdoc would otherwise take for this one
    @Schema(name = "RegistrationDecisionView")
    public record DecisionView(String number, LocalDate date, String signer) { }

    /**
     * @param scores the verified scores once verified, the self-assessed ones before
     * @param decision the recognition decision, {@code null} until recognised
     */
    public record RegistrationView(long id, long subjectId, LearningModel model, int year, RegistrationStatus status,
            String statusName, List<Score> scores, int total, List<Score> selfScores, List<EvidenceItem> evidence,
            Instant selfAssessedAt, boolean selfAssessedLate, String verifier, String verificationNote,
            DecisionView decision, String nonRecognitionReason) { }

    /** A registration as a list shows it: its subject, status and points; {@code GET /registrations/{id}} has the rest. */
    public record RegistrationSummary(long id, long subjectId, String subjectName, String externalId,
            LearningModel model, int year, RegistrationStatus status, String statusName, int total,
            boolean selfAssessedLate, Long decisionId) {

        static RegistrationSummary of(Listings.ListedRegistration listed) {
            Registration r = listed.registration();
            boolean verified = !r.verifiedScores().isEmpty();
            return new RegistrationSummary(r.id().value(), r.subject().value(),
                    listed.subject() == null ? null : listed.subject().name(),
                    listed.subject() == null ? null : listed.subject().externalId(), r.model(), r.year(), r.status(),
                    r.status().vietnameseName(), verified ? r.verifiedScores().total() : r.selfScores().total(),
                    r.selfAssessedLate(), r.decision() == null ? null : r.decision().value());
        }
    }

    /**
     * The registrations of {@code year} made in a unit's whole subtree (past units that went into it
     * included), a page at a time in the order they were made; narrowed to a model and a status.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public Page<RegistrationSummary> registrations(@RequestParam String unit, @RequestParam int year,
            @RequestParam(required = false) LearningModel model,
            @RequestParam(required = false) RegistrationStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        return listings.registrations(unit, year, model, status, request).map(RegistrationSummary::of);
    }

    /**
     * Registers a subject for a year's title. Answers 201 with the registration and its {@code Location};
     * 409 ({@code ALREADY_EXISTS}, with {@code existingId}) when the subject is registered for that year
     * already.
     */
    @ApiResponse(responseCode = "201", description = "Created: the registration, its address in `Location`")
    @LibraryAction(Action.REGISTER)
    @PostMapping
    public ResponseEntity<RegistrationView> register(@RequestBody NewRegistration registration) {
        if (registration.subjectId() == null) {
            throw new InvalidInputException("subjectId", null, "Mã đối tượng là bắt buộc");
        }
        if (registration.year() == null) {
            throw new InvalidInputException("year", null, "Năm đăng ký là bắt buộc");
        }
        SubjectId subjectId = new SubjectId(registration.subjectId());
        Subject subject = subjects.findById(subjectId).orElseThrow(() ->
                new NotFoundException("subjectId", registration.subjectId(), "Không có đối tượng này"));
        access.requireAccess(subject.unit());
        Registration created = registering.register(subjectId, registration.year());
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/registrations/"
                + created.id().value())).body(view(created));
    }

    /**
     * A registration by its id. Its status, the self-assessed and verified scores, the evidence it
     * cites, and the decision that recognised it or the reason it was not.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}")
    public RegistrationView registration(@PathVariable long id) {
        return view(reachable(id));
    }

    /**
     * Records the subject's self-assessment. The scores against the registration's criteria set, with
     * the evidence they cite; sent after the cycle's window closed, it is kept and marked late.
     */
    @LibraryAction(Action.SELF_ASSESS)
    @PutMapping("/{id}/self-assessment")
    public RegistrationView selfAssess(@PathVariable long id, @RequestBody Assessment assessment) {
        Registration registration = reachable(id);
        // after the cycle's window closed, kept and marked late, as the cycle's intake marks them
        selfAssessing.selfAssess(new SelfAssessment(registration.id(), scores(assessment),
                evidence(assessment)), lateness.late(registration));
        return view(records.registration(registration.id()));
    }

    /**
     * Records the officers' verification of a self-assessment. The verified scores, evidence and a note,
     * with the caller as verifier.
     */
    @LibraryAction(Action.VERIFY)
    @PutMapping("/{id}/verification")
    public RegistrationView verify(@PathVariable long id, @RequestBody Assessment assessment, Principal principal) {
        Registration registration = reachable(id);
        String verifier = principal == null ? null : principal.getName();
        verifying.verify(new Verification(registration.id(), scores(assessment), verifier,
                assessment.note()));
        return view(records.registration(registration.id()));
    }

    /** Why a recognition is revoked. */
    public record Revocation(String reason) { }

    /**
     * Revokes a recognised year for a reason: it becomes not recognised with the reason, the decision
     * that recognised it stays as issued, and its history records who revoked it and why.
     */
    @LibraryAction(Action.RECOGNISE)
    @PostMapping("/{id}/revocation")
    public RegistrationView revoke(@PathVariable long id, @RequestBody Revocation revocation) {
        Registration registration = reachable(id);
        requireIssuingBody(registration);
        return view(revoking.revokeRecognition(registration.id(), revocation.reason()));
    }

    /**
     * A recognition is revoked by the body that issued it (the decision's issuing body of its issuing unit: the
     * commune's People's Committee, its association where the plan names it, the province's People's Committee
     * for a commune it recognised as a learning community), or an administrator. A registration not recognised
     * is left to the core's refusal.
     */
    private void requireIssuingBody(Registration registration) {
        if (registration.decision() == null) {
            return;
        }
        Decision decision = decisions.findById(registration.decision()).orElse(null);
        if (decision == null) {
            return;
        }
        AdministrativeUnit issuer = units.unitOn(decision.issuingUnit(), decision.date());
        if (!bodies.answersFor(issuer, decision.issuingBody())) {
            throw new OutOfScopeException("decisionId", decision.id().value(), "Quyết định công nhận số "
                    + decision.number() + " do " + decision.issuingBody().ofUnit(issuer.name())
                    + " ban hành; chỉ cán bộ của cơ quan này được thu hồi công nhận");
        }
    }

    private Registration reachable(long id) {
        Registration registration = records.registration(new RegistrationId(id));
        access.requireAccess(registration.unit());
        return registration;
    }

    private static Scores scores(Assessment assessment) {
        if (assessment.scores() == null || assessment.scores().isEmpty()) {
            throw new InvalidInputException("scores", null, "Phải chấm điểm các chỉ số của bộ tiêu chí");
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Score score : assessment.scores()) {
            if (score == null || score.indicator() == null || score.indicator().isBlank()) {
                throw new InvalidInputException("scores.indicator", null, "Mỗi điểm phải nêu mã chỉ số");
            }
            if (points.containsKey(score.indicator())) {
                throw new InvalidInputException("scores.indicator", score.indicator(), "Chỉ số được chấm hai lần");
            }
            points.put(score.indicator(), score.points());
        }
        return Scores.of(points);
    }

    private static List<Evidence> evidence(Assessment assessment) {
        if (assessment.evidence() == null) {
            return List.of();
        }
        return assessment.evidence().stream()
                .map(e -> new Evidence(e.indicator(), e.reference(), e.title())).toList();
    }

    private RegistrationView view(Registration registration) {
        List<Score> self = scoreList(registration.selfScores());
        List<Score> verified = scoreList(registration.verifiedScores());
        boolean isVerified = !registration.verifiedScores().isEmpty();
        DecisionView decision = registration.decision() == null ? null : decisions.findById(registration.decision())
                .map(RegistrationsController::decisionView).orElse(null);
        return new RegistrationView(registration.id().value(), registration.subject().value(), registration.model(),
                registration.year(), registration.status(), registration.status().vietnameseName(),
                isVerified ? verified : self,
                isVerified ? registration.verifiedScores().total() : registration.selfScores().total(), self,
                registration.evidence().stream().map(e -> new EvidenceItem(e.indicator(), e.reference(), e.title()))
                        .toList(),
                registration.selfAssessedAt(), registration.selfAssessedLate(), registration.verifier(),
                registration.verificationNote(), decision, registration.nonRecognitionReason());
    }

    private static DecisionView decisionView(Decision decision) {
        return new DecisionView(decision.number(), decision.date(), decision.signer());
    }

    private static List<Score> scoreList(Scores scores) {
        return scores.asMap().entrySet().stream().map(e -> new Score(e.getKey(), e.getValue())).toList();
    }
}
