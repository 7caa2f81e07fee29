package org.learningsociety.workflow.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adds a subject (household, clan, community, organisation or person) under a unit. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/subjects")
public class SubjectsController {

    private final SubjectCatalogue catalogue;
    private final UnitAccess access;
    private final Clock clock;

    public SubjectsController(SubjectCatalogue catalogue, UnitAccess access, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    public record NewSubject(LearningModel model, String unitCode, String name, String externalId) { }

    public record SubjectView(long id, LearningModel model, String kind, String name, String externalId) { }

    @PostMapping
    public ResponseEntity<SubjectView> add(@RequestBody NewSubject subject) {
        if (subject.unitCode() == null || subject.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", subject.unitCode(), "Mã đơn vị của đối tượng là bắt buộc");
        }
        access.requireAccess(subject.unitCode(), LocalDate.now(clock));
        Subject added = catalogue.add(new SubjectCatalogue.NewSubject(subject.model(), subject.unitCode(),
                subject.name(), subject.externalId()));
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/subjects/" + added.id().value()))
                .body(new SubjectView(added.id().value(), added.model(), added.kind().name(), added.name(),
                        added.externalId()));
    }
}
