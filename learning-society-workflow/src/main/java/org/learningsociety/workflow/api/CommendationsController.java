package org.learningsociety.workflow.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationDossiers;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commendations of recognised subjects: proposing them, refusing one with a reason, and reading
 * them back. Approving is a decision: {@code POST /decisions}.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/commendations")
public class CommendationsController {

    private final Listings listings;
    private final CommendationService service;
    private final Commendations commendations;
    private final YearlyRecords records;
    private final UnitAccess access;
    private final Clock clock;
    private final CommendationDossiers dossiers;
    private final UnitDirectory units;

    /**
     * @param dossiers the dossier a proposal goes up with
     * @param units the hierarchy, to name the units of the dossier
     */
    public CommendationsController(Listings listings, CommendationService service, Commendations commendations,
            YearlyRecords records, UnitAccess access, Clock clock, CommendationDossiers dossiers, UnitDirectory units) {
        this.dossiers = Objects.requireNonNull(dossiers);
        this.units = Objects.requireNonNull(units);
        this.listings = Objects.requireNonNull(listings);
        this.service = Objects.requireNonNull(service);
        this.commendations = Objects.requireNonNull(commendations);
        this.records = Objects.requireNonNull(records);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A commendation with the subject and registration it honours. */
    public record CommendationSummary(long id, long registrationId, Long subjectId, String subjectName,
            String externalId, Integer year, String form, String formName, CommendationStatus status,
            String statusName, String proposedBy, Instant proposedAt, Long decisionId, String refusalReason) {

        static CommendationSummary of(Listings.ListedCommendation listed, CommendationService.FormNames names) {
            Commendation c = listed.commendation();
            return new CommendationSummary(c.id().value(), c.registration().value(),
                    listed.subject() == null ? null : listed.subject().id().value(),
                    listed.subject() == null ? null : listed.subject().name(),
                    listed.subject() == null ? null : listed.subject().externalId(),
                    listed.registration() == null ? null : listed.registration().year(), c.form(),
                    names.of(c.form(), listed.registration() == null ? null : listed.registration().unit(),
                            listed.registration() == null ? null : listed.registration().year()),
                    c.status(), c.status().vietnameseName(), c.proposedBy(),
                    c.proposedAt(), c.decision() == null ? null : c.decision().value(), c.refusalReason());
        }
    }

    /** Recognised years to propose for {@code form}, one proposal each. */
    public record Proposal(List<Long> registrationIds, String form) { }

    /** Why a proposal is refused. */
    public record Refusal(String reason) { }

    /** The commendations of a unit's subtree, in the order they were proposed; of {@code year} and {@code status} if given. */
    @LibraryAction(Action.READ)
    @GetMapping
    public Page<CommendationSummary> commendations(@RequestParam String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) CommendationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        CommendationService.FormNames names = service.formNames();
        return listings.commendations(unit, year, status, request).map(c -> CommendationSummary.of(c, names));
    }

    /**
     * A commendation proposal by its id. Its form, who proposed it and when, its status, and the decision
     * that approved it or the reason it was refused.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}")
    public CommendationSummary commendation(@PathVariable long id) {
        return summary(reachable(id));
    }

    /**
     * A year of a proposal's dossier.
     *
     * @param verifiedTotal the verified points; {@code null} before verification
     * @param decisionNumber the recognition decision's number, date and issuing body; {@code null} when not recognised
     */
    public record DossierYear(int year, RegistrationStatus status, String statusName, Integer verifiedTotal,
            String decisionNumber, LocalDate decisionDate, String decisionIssuedBy) { }

    /**
     * The dossier a proposal goes up with (hồ sơ đề nghị khen thưởng): the proposal, its subject and the
     * subject's record year by year.
     *
     * @param recognisedYears how many of the years shown were recognised
     */
    public record Dossier(CommendationSummary proposal, String subjectName, String externalId, String unitName,
            LearningModel model, String modelTitle, long recognisedYears, List<DossierYear> years) { }

    /**
     * The dossier of a proposal, as it goes up with a proposal to a higher body (the Prime Minister's Bằng
     * khen at a review): the subject and its record of the last ten years — each year registered, where it
     * stood, its verified points and the decision that recognised it.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/dossier")
    public Dossier dossier(@PathVariable long id) {
        Commendation proposal = reachable(id);
        CommendationDossiers.Dossier dossier = dossiers.of(proposal.id());
        List<DossierYear> years = dossier.years().stream().map(year -> {
            Decision decision = year.decision();
            return new DossierYear(year.year(), year.status(), year.status().vietnameseName(), year.verifiedTotal(),
                    decision == null ? null : decision.number(), decision == null ? null : decision.date(),
                    decision == null ? null : decision.issuingBody().ofUnit(
                            units.unitOn(decision.issuingUnit(), decision.date()).name()));
        }).toList();
        return new Dossier(summary(proposal), dossier.subject().name(), dossier.subject().externalId(),
                unitNameIn(dossier.proposed().unit(), dossier.proposed().year()),
                dossier.proposed().model(), dossier.proposed().model().title(), dossier.recognisedYears(), years);
    }

    /** The name of unit {@code id} in {@code year}: as it stood at the year's end, else at its start. */
    private String unitNameIn(org.learningsociety.core.unit.UnitId id, int year) {
        try {
            return units.unitOn(id, LocalDate.of(year, 12, 31)).name();
        } catch (NotFoundException endedInTheYear) {
            return units.unitOn(id, LocalDate.of(year, 1, 1)).name();
        }
    }

    /**
     * Proposes {@code form} for each recognised year, as the caller: 201 with the proposals (and a
     * {@code Location} when there is one); 409 if one already has an open proposal.
     */
    @ApiResponse(responseCode = "201", description = "Created: the proposals; `Location` is the proposal's address when there is one")
    @LibraryAction(Action.PROPOSE_COMMENDATION)
    @PostMapping
    public ResponseEntity<List<CommendationSummary>> propose(@RequestBody Proposal proposal, Principal principal) {
        if (proposal.registrationIds() == null || proposal.registrationIds().isEmpty()) {
            throw new InvalidInputException("registrationIds", null, "Phải nêu ít nhất một hồ sơ được đề nghị khen thưởng");
        }
        if (proposal.form() == null) {
            throw new InvalidInputException("form", null, "Hình thức khen thưởng là bắt buộc");
        }
        List<RegistrationId> ids = proposal.registrationIds().stream().map(id -> {
            if (id == null) {
                throw new InvalidInputException("registrationIds", null, "Mã hồ sơ không được để trống");
            }
            RegistrationId registration = new RegistrationId(id);
            access.requireAccess(records.registration(registration).unit());
            return registration;
        }).toList();
        List<Commendation> proposed = service.propose(ids, proposal.form(), principal == null ? null : principal.getName());
        CommendationService.FormNames names = service.formNames();
        List<CommendationSummary> body = listings.withRegistrations(proposed).stream()
                .map(c -> CommendationSummary.of(c, names)).toList();
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
        if (body.size() == 1) {
            created.location(URI.create(LearningSocietyApi.BASE_PATH + "/commendations/" + body.get(0).id()));
        }
        return created.body(body);
    }

    /**
     * The higher body's decision on proposals the province sent upward (the Prime Minister's Bằng khen,
     * a ministry's): granted with its decision ({@code issuingUnitCode} the centre, {@code VN}, unless
     * given), or not granted with {@code reason}.
     */
    public record HigherDecision(List<Long> commendationIds, String form, Integer year, LearningModel model,
            boolean granted, String number, LocalDate date, String signer, String issuingUnitCode, String reason) { }

    /**
     * Records the higher body's decision on proposals sent upward at a review: they become GRANTED (with
     * the decision) or NOT_GRANTED. A form the province issues itself is refused here (its decision is
     * {@code POST /decisions}).
     */
    @LibraryAction(Action.COMMEND)
    @PostMapping("/higher-decisions")
    public List<CommendationSummary> recordHigherDecision(@RequestBody HigherDecision decided) {
        if (decided.commendationIds() == null || decided.commendationIds().isEmpty()) {
            throw new InvalidInputException("commendationIds", null, "Phải nêu ít nhất một đề nghị khen thưởng");
        }
        if (decided.form() == null || decided.year() == null) {
            throw new InvalidInputException(decided.form() == null ? "form" : "year", null,
                    "Hình thức khen thưởng và năm là bắt buộc");
        }
        List<CommendationId> ids = decided.commendationIds().stream().map(id -> {
            reachable(id == null ? -1 : id);
            return new CommendationId(id);
        }).toList();
        service.recordHigherDecision(new NewDecision(decided.number(), decided.date(), decided.signer(),
                        decided.issuingUnitCode() == null ? AdministrativeUnitLoader.CENTRE_CODE
                                : decided.issuingUnitCode()),
                decided.form(), decided.year(), decided.model(), ids, decided.granted(), decided.reason());
        CommendationService.FormNames names = service.formNames();
        return listings.withRegistrations(commendations.findByIds(ids)).stream()
                .map(c -> CommendationSummary.of(c, names)).toList();
    }

    /** Refuses a proposal with its reason, without a decision. */
    @LibraryAction(Action.COMMEND)
    @PostMapping("/{id}/refusal")
    public CommendationSummary refuse(@PathVariable long id, @RequestBody Refusal refusal) {
        reachable(id);
        return summary(service.refuse(new CommendationId(id), refusal.reason()));
    }

    private Commendation reachable(long id) {
        Commendation commendation = commendations.findById(new CommendationId(id)).orElseThrow(() ->
                new NotFoundException("commendationId", id, "Không có đề nghị khen thưởng này"));
        access.requireAccess(records.registration(commendation.registration()).unit());
        return commendation;
    }

    private CommendationSummary summary(Commendation commendation) {
        return CommendationSummary.of(listings.withRegistrations(List.of(commendation)).get(0), service.formNames());
    }
}
