package org.learningsociety.workflow.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.workflow.api.CommendationsController.CommendationSummary;
import org.learningsociety.workflow.api.RegistrationsController.RegistrationSummary;
import org.learningsociety.workflow.export.DecisionAnnex;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recognition and commendation decisions a unit and the units beneath it issued, and what each decided. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/decisions")
public class DecisionsController {

    private final Decisions decisions;
    private final Listings listings;
    private final UnitDirectory units;
    private final CommendationService commendations;
    private final UnitAccess access;
    private final Clock clock;

    public DecisionsController(Decisions decisions, Listings listings, UnitDirectory units,
            CommendationService commendations, UnitAccess access, Clock clock) {
        this.commendations = Objects.requireNonNull(commendations);
        this.decisions = Objects.requireNonNull(decisions);
        this.listings = Objects.requireNonNull(listings);
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A decision as it was signed. {@code model} is the learning model a recognition recognises;
     * {@code form} the award a commendation grants. {@code issuingBody} the body of the issuing unit that
     * issued it (its People's Committee, or its association where the plan says the association recognises),
     * {@code issuingBodyName} its name ("Hội Khuyến học Xã Thụy Hà").
     */
    public record DecisionView(long id, Decision.Kind kind, String number, LocalDate date, String signer,
            String issuingUnitCode, String issuingUnitName, int year, LearningModel model, String modelTitle,
            String form, String formName, BodyKind issuingBody, String issuingBodyName) { }

    /** A decision with its list: the registrations it recognised, or the commendations it approved. */
    public record DecisionDetail(DecisionView decision, List<RegistrationSummary> recognised,
            List<CommendationSummary> commended) { }

    /** The decisions issued by a unit and the units beneath it, newest first; of the cycle of {@code year} if given. */
    @LibraryAction(Action.READ)
    @GetMapping
    public Page<DecisionView> decisions(@RequestParam String unit, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        Map<UnitId, AdministrativeUnit> issuers = new HashMap<>();
        return listings.decisions(unit, year, request).map(d -> view(d, issuers));
    }

    /** A proposal refused by a commendation decision, with the reason. */
    public record RefusedProposal(Long commendationId, String reason) { }

    /**
     * A commendation decision the approving level signed: the proposals of {@code form} it approves,
     * and those it refuses with their reasons. Recognition decisions are made by the commune's
     * recognition task in the cycle, not here.
     */
    public record NewCommendationDecision(Decision.Kind kind, String number, LocalDate date, String signer,
            String issuingUnitCode, Integer year, LearningModel model, String form, List<Long> approved,
            List<RefusedProposal> refused) { }

    /** Issues a commendation decision: 201 with the decision and its list, its {@code Location} the decision. */
    @ApiResponse(responseCode = "201", description = "Created: the decision and its list, its address in `Location`")
    @LibraryAction(Action.COMMEND)
    @PostMapping
    public ResponseEntity<DecisionDetail> issue(@RequestBody NewCommendationDecision issued) {
        if (issued.kind() != Decision.Kind.COMMENDATION) {
            throw new InvalidInputException("kind", issued.kind(), "Qua API chỉ ban hành quyết định khen thưởng "
                    + "(COMMENDATION); quyết định công nhận do nhiệm vụ công nhận của xã trong chu kỳ lập");
        }
        if (issued.year() == null) {
            throw new InvalidInputException("year", null, "Năm của quyết định là bắt buộc");
        }
        Years.require("year", issued.year());
        if (issued.issuingUnitCode() == null || issued.issuingUnitCode().isBlank()) {
            throw new InvalidInputException("issuingUnitCode", issued.issuingUnitCode(), "Mã đơn vị ban hành là bắt buộc");
        }
        access.requireAccess(issued.issuingUnitCode(), LocalDate.now(clock));
        List<CommendationId> approved = (issued.approved() == null ? List.<Long>of() : issued.approved()).stream()
                .map(id -> new CommendationId(Objects.requireNonNullElse(id, 0L))).toList();
        Map<CommendationId, String> refused = new HashMap<>();
        for (RefusedProposal refusal : issued.refused() == null ? List.<RefusedProposal>of() : issued.refused()) {
            if (refusal == null || refusal.commendationId() == null) {
                throw new InvalidInputException("refused.commendationId", null, "Mỗi đề nghị không được duyệt phải nêu mã");
            }
            refused.put(new CommendationId(refusal.commendationId()), refusal.reason());
        }
        if (approved.isEmpty() && refused.isEmpty()) {
            throw new InvalidInputException("approved", null, "Quyết định phải duyệt hoặc không duyệt ít nhất một đề nghị");
        }
        Decision decision = commendations.decide(new NewDecision(issued.number(), issued.date(), issued.signer(),
                issued.issuingUnitCode()), issued.form(), issued.year(), issued.model(), approved, refused);
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/decisions/" + decision.id().value()))
                .body(detail(decision));
    }

    /**
     * A decision with its list. The registrations a recognition decision recognised, or the commendations
     * a commendation decision approved.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}")
    public DecisionDetail decision(@PathVariable long id) {
        return detail(reachable(id));
    }

    /** The decision's annex, the list it recognised or commended, as an Excel workbook. */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/annex.xlsx")
    public ResponseEntity<byte[]> annexWorkbook(@PathVariable long id) {
        DecisionAnnex annex = annex(reachable(id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        annex.writeWorkbook(out);
        return DownloadsController.download(out.toByteArray(), DownloadsController.XLSX, fileName(annex) + ".xlsx");
    }

    /** The decision's annex as the PDF attached to the signed decision. */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/annex.pdf")
    public ResponseEntity<byte[]> annexPdf(@PathVariable long id) {
        DecisionAnnex annex = annex(reachable(id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        annex.writePdf(out);
        return DownloadsController.download(out.toByteArray(), MediaType.APPLICATION_PDF, fileName(annex) + ".pdf");
    }

    private Decision reachable(long id) {
        Decision decision = decisions.findById(new DecisionId(id)).orElseThrow(() ->
                new NotFoundException("decisionId", id, "Không có quyết định này"));
        access.requireAccess(decision.issuingUnit());
        return decision;
    }

    private DecisionAnnex annex(Decision decision) {
        AdministrativeUnit issuer = units.unitOn(decision.issuingUnit(), decision.date());
        Map<UnitId, String> unitNames = new HashMap<>();
        java.util.function.Function<Registration, String> unitName = r -> r == null ? null
                : unitNames.computeIfAbsent(r.unit(), u -> units.unitOn(u, decision.date()).name());
        Listings.DecisionWithList decided = listings.decided(decision);
        List<DecisionAnnex.Entry> entries = new ArrayList<>();
        decided.recognised().forEach(l -> entries.add(new DecisionAnnex.Entry(name(l.subject()), externalId(l.subject()),
                unitName.apply(l.registration()), l.registration().verifiedScores().total())));
        decided.commended().forEach(l -> entries.add(new DecisionAnnex.Entry(name(l.subject()), externalId(l.subject()),
                unitName.apply(l.registration()), l.registration() == null ? null
                        : l.registration().verifiedScores().total())));
        return new DecisionAnnex(decision, issuer.name(), entries,
                commendations.formNames().of(decision.form(), decision.issuingUnit(), decision.year()));
    }

    private static String fileName(DecisionAnnex annex) {
        return "Danh sách kèm theo Quyết định số " + annex.decision().number().replace('/', '-');
    }

    private static String name(Subject subject) {
        return subject == null ? null : subject.name();
    }

    private static String externalId(Subject subject) {
        return subject == null ? null : subject.externalId();
    }

    private DecisionDetail detail(Decision decision) {
        Listings.DecisionWithList decided = listings.decided(decision);
        return new DecisionDetail(view(decision, new HashMap<>()),
                decided.recognised().stream().map(RegistrationSummary::of).toList(),
                decided.commended().stream().map(c -> CommendationSummary.of(c, commendations.formNames())).toList());
    }

    private DecisionView view(Decision decision, Map<UnitId, AdministrativeUnit> issuers) {
        var issuer = issuers.computeIfAbsent(decision.issuingUnit(), id -> units.unitOn(id, decision.date()));
        return new DecisionView(decision.id().value(), decision.kind(), decision.number(), decision.date(),
                decision.signer(), issuer.code(), issuer.name(), decision.year(), decision.model(),
                decision.model() == null ? null : decision.model().title(), decision.form(),
                commendations.formNames().of(decision.form(), decision.issuingUnit(), decision.year()),
                decision.issuingBody(), decision.issuingBody().ofUnit(issuer.name()));
    }
}
