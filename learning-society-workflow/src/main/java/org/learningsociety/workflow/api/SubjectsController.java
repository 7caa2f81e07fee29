package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.listing.Listings;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Adds a subject (household, clan, community, organisation or person) under a unit. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/subjects")
public class SubjectsController {

    private final SubjectCatalogue catalogue;
    private final Listings listings;
    private final Subjects subjects;
    private final UnitAccess access;
    private final Clock clock;

    public SubjectsController(SubjectCatalogue catalogue, Listings listings, Subjects subjects, UnitAccess access,
            Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.listings = Objects.requireNonNull(listings);
        this.subjects = Objects.requireNonNull(subjects);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    public record NewSubject(LearningModel model, String unitCode, String name, String externalId) { }

    public record SubjectView(long id, LearningModel model, String kind, String name, String externalId) { }

    /**
     * Adds a subject under a unit: a household, clan, community, organisation or person. Answers 201 with
     * the subject and its {@code Location}; 409 ({@code ALREADY_EXISTS}) when the portal's id is taken.
     */
    @ApiResponse(responseCode = "201", description = "Created: the subject, its address in `Location`")
    @LibraryAction(Action.MANAGE_SUBJECTS)
    @PostMapping
    public ResponseEntity<SubjectView> add(@RequestBody NewSubject subject) {
        if (subject.unitCode() == null || subject.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", subject.unitCode(), "Mã đơn vị của đối tượng là bắt buộc");
        }
        access.requireAccess(subject.unitCode(), LocalDate.now(clock));
        Subject added = catalogue.add(new SubjectCatalogue.NewSubject(subject.model(), subject.unitCode(),
                subject.name(), subject.externalId()));
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/subjects/" + added.id().value()))
                .body(view(added));
    }

    /**
     * The subjects of a unit's whole subtree, a page at a time, in the order they were added; narrowed
     * to a model, a portal id, or a name containing {@code q} (case aside).
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public Page<SubjectView> subjects(@RequestParam String unit, @RequestParam(required = false) LearningModel model,
            @RequestParam(required = false) String externalId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        access.requireAccess(unit, LocalDate.now(clock));
        return listings.subjects(unit, model, externalId, q, request).map(SubjectsController::view);
    }

    /** A subject by its id, where its {@code POST}'s {@code Location} points. */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}")
    public SubjectView subject(@PathVariable long id) {
        Subject subject = subjects.findById(new SubjectId(id)).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        access.requireAccess(subject.unit());
        return view(subject);
    }

    /** Where a subject moves: the village (or other unit) that holds it from today. */
    public record Move(String unitCode) { }

    /**
     * Moves a subject to another unit from today (a household that moved; the records of a village
     * split in the reform): its past years stay with the units they were made in. The caller must
     * reach both the unit it leaves and the one it joins.
     */
    @LibraryAction(Action.MANAGE_SUBJECTS)
    @PutMapping("/{id}/unit")
    public SubjectView move(@PathVariable long id, @RequestBody Move move) {
        Subject subject = subjects.findById(new SubjectId(id)).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        access.requireAccess(subject.unit());
        if (move.unitCode() == null || move.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", move.unitCode(), "Mã đơn vị chuyển đến là bắt buộc");
        }
        access.requireAccess(move.unitCode(), LocalDate.now(clock));
        return view(catalogue.move(subject.id(), move.unitCode()));
    }

    private static SubjectView view(Subject subject) {
        return new SubjectView(subject.id().value(), subject.model(), subject.kind().name(), subject.name(),
                subject.externalId());
    }
}
