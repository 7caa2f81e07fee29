package org.learningsociety.workflow.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.decision.CommendationForm;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.workflow.api.CommendationsController.CommendationSummary;
import org.learningsociety.workflow.api.RegistrationsController.RegistrationSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final UnitAccess access;
    private final Clock clock;

    public DecisionsController(Decisions decisions, Listings listings, UnitDirectory units, UnitAccess access,
            Clock clock) {
        this.decisions = Objects.requireNonNull(decisions);
        this.listings = Objects.requireNonNull(listings);
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A decision as it was signed. {@code model} is the learning model a recognition recognises;
     * {@code form} the award a commendation grants.
     */
    public record DecisionView(long id, Decision.Kind kind, String number, LocalDate date, String signer,
            String issuingUnitCode, String issuingUnitName, int year, LearningModel model, String modelTitle,
            CommendationForm form, String formName) { }

    /** A decision with its list: the registrations it recognised, or the commendations it approved. */
    public record DecisionDetail(DecisionView decision, List<RegistrationSummary> recognised,
            List<CommendationSummary> commended) { }

    /** The decisions issued by a unit and the units beneath it, newest first; of the cycle of {@code year} if given. */
    @GetMapping
    public Page<DecisionView> decisions(@RequestParam String unit, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        Map<UnitId, AdministrativeUnit> issuers = new HashMap<>();
        return listings.decisions(unit, year, request).map(d -> view(d, issuers));
    }

    @GetMapping("/{id}")
    public DecisionDetail decision(@PathVariable long id) {
        Decision decision = decisions.findById(new DecisionId(id)).orElseThrow(() ->
                new NotFoundException("decisionId", id, "Không có quyết định này"));
        access.requireAccess(decision.issuingUnit());
        Listings.DecisionWithList decided = listings.decided(decision);
        return new DecisionDetail(view(decision, new HashMap<>()),
                decided.recognised().stream().map(RegistrationSummary::of).toList(),
                decided.commended().stream().map(CommendationSummary::of).toList());
    }

    private DecisionView view(Decision decision, Map<UnitId, AdministrativeUnit> issuers) {
        var issuer = issuers.computeIfAbsent(decision.issuingUnit(), id -> units.unitOn(id, decision.date()));
        return new DecisionView(decision.id().value(), decision.kind(), decision.number(), decision.date(),
                decision.signer(), issuer.code(), issuer.name(), decision.year(), decision.model(),
                decision.model() == null ? null : decision.model().title(), decision.form(),
                decision.form() == null ? null : decision.form().vietnameseName());
    }
}
