package org.learningsociety.workflow.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's personal data on its request (Decree 13/2023/NĐ-CP): the export of everything the
 * library holds about it, and its erasure, which names the request it answers.
 *
 * <p>Who may: the officers who reach the subject's unit (its commune's, the levels above it) and
 * administrators, as for every other record of the subject; another commune's officer is refused.
 * The erasure keeps every count (the subject is pseudonymised, not deleted) and is recorded with its
 * actor and request in the audit trail, so it is not a destructive power beyond those officers' own
 * records; a portal wanting it narrower (say, administrators only) replaces this controller's bean.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/subjects")
public class PersonalDataController {

    private final PersonalData personalData;
    private final Subjects subjects;
    private final UnitAccess access;

    public PersonalDataController(PersonalData personalData, Subjects subjects, UnitAccess access) {
        this.personalData = Objects.requireNonNull(personalData);
        this.subjects = Objects.requireNonNull(subjects);
        this.access = Objects.requireNonNull(access);
    }

    /** @param request the number or code of the data subject's request, as the portal registered it */
    public record ErasureRequest(String request) { }

    /**
     * Everything the library holds about a subject, as JSON (Decree 13/2023/NĐ-CP). The subject, its
     * registrations with scores and evidence, its commendations and its audit trail.
     */
    @LibraryAction(Action.EXPORT_PERSONAL_DATA)
    @GetMapping("/{id}/personal-data")
    public ResponseEntity<byte[]> export(@PathVariable long id) {
        SubjectId subject = reachable(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(personalData.export(subject).toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Erases a subject's personal data at its request, naming the request ({@code request} required).
     * The name is pseudonymised, evidence files deleted and audit values blanked; every count is kept, and
     * the erasure is recorded with its actor and request.
     */
    @LibraryAction(Action.ERASE_PERSONAL_DATA)
    @PostMapping("/{id}/erasure")
    public SubjectsController.SubjectView erase(@PathVariable long id,
            @RequestBody(required = false) ErasureRequest request) {
        SubjectId subject = reachable(id);
        Subject erased = personalData.erase(subject, request == null ? null : request.request());
        return new SubjectsController.SubjectView(erased.id().value(), erased.model(), erased.kind().name(),
                erased.name(), erased.externalId());
    }

    private SubjectId reachable(long id) {
        SubjectId subjectId = new SubjectId(id);
        Subject subject = subjects.findById(subjectId).orElseThrow(() ->
                new NotFoundException("subjectId", id, "Không có đối tượng này"));
        access.requireAccess(subject.unit());
        return subjectId;
    }
}
