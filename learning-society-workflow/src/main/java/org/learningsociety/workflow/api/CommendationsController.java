package org.learningsociety.workflow.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.decision.CommendationForm;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The commendations proposed for subjects of a unit's subtree: proposed, approved or refused. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/commendations")
public class CommendationsController {

    private final Listings listings;
    private final UnitAccess access;
    private final Clock clock;

    public CommendationsController(Listings listings, UnitAccess access, Clock clock) {
        this.listings = Objects.requireNonNull(listings);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A commendation with the subject and registration it honours. */
    public record CommendationSummary(long id, long registrationId, Long subjectId, String subjectName,
            String externalId, Integer year, CommendationForm form, String formName, CommendationStatus status,
            String statusName, String proposedBy, Instant proposedAt, Long decisionId, String refusalReason) {

        static CommendationSummary of(Listings.ListedCommendation listed) {
            Commendation c = listed.commendation();
            return new CommendationSummary(c.id().value(), c.registration().value(),
                    listed.subject() == null ? null : listed.subject().id().value(),
                    listed.subject() == null ? null : listed.subject().name(),
                    listed.subject() == null ? null : listed.subject().externalId(),
                    listed.registration() == null ? null : listed.registration().year(), c.form(),
                    c.form().vietnameseName(), c.status(), c.status().vietnameseName(), c.proposedBy(),
                    c.proposedAt(), c.decision() == null ? null : c.decision().value(), c.refusalReason());
        }
    }

    /** The commendations of a unit's subtree, in the order they were proposed; of {@code year} and {@code status} if given. */
    @GetMapping
    public Page<CommendationSummary> commendations(@RequestParam String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) CommendationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        return listings.commendations(unit, year, status, request).map(CommendationSummary::of);
    }
}
