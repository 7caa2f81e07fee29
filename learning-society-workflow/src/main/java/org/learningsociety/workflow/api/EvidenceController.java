package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads an evidence file (minh chứng: PDF, JPEG or PNG, at most {@code learning-society.evidence.max-size})
 * for a subject's year, as {@code multipart/form-data} with the parts {@code file}, {@code indicator}
 * and optionally {@code title}. Answers the evidence item to put in the self-assessment (its
 * {@code reference}). Refused files store nothing: too large 413, not PDF/JPEG/PNG by declared type or
 * by content 415, empty or with a path for a name 400.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/registrations")
public class EvidenceController {

    private final YearlyRecords records;
    private final EvidenceUploads uploads;
    private final UnitAccess access;

    public EvidenceController(YearlyRecords records, EvidenceUploads uploads, UnitAccess access) {
        this.records = Objects.requireNonNull(records);
        this.uploads = Objects.requireNonNull(uploads);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * An evidence file the registration cites, by its stored name (the last part of its reference),
     * with its content type and a Vietnamese file name; 404 if not cited or no longer held (erased, purged).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/evidence/{name}")
    public ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable String name)
            throws IOException {
        Registration registration = records.registration(new RegistrationId(id));
        access.requireAccess(registration.unit());
        EvidenceUploads.Download file = uploads.open(registration, name).orElseThrow(() -> new NotFoundException(
                "name", name, "Hồ sơ không có tệp minh chứng này, hoặc tệp đã bị xoá"));
        Evidence cited = file.evidence();
        String title = cited.title() == null || cited.title().isBlank() ? name : cited.title();
        String fileName = "Minh chứng " + cited.indicator() + " - " + title + "." + file.type().extension();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.type().contentType()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(file.content()));
    }

    /**
     * Uploads an evidence file for a registration ({@code multipart/form-data}: {@code file},
     * {@code indicator}, optional {@code title}). Answers 201 with the evidence item whose {@code reference}
     * the self-assessment cites; a PDF, JPEG or PNG by declared type and by content, else 415; over the
     * maximum size 413; empty or with a path for a name 400.
     */
    // no "consumes": a request of another type reaches the controller, so that it is refused in Vietnamese
    @ApiResponse(responseCode = "201", description = "Created: the evidence item whose `reference` the self-assessment cites")
    @LibraryAction(Action.UPLOAD_EVIDENCE)
    @PostMapping("/{id}/evidence")
    public ResponseEntity<RegistrationsController.EvidenceItem> upload(@PathVariable long id,
            @RequestParam("file") MultipartFile file, @RequestParam("indicator") String indicator,
            @RequestParam(name = "title", required = false) String title) throws IOException {
        Registration registration = records.registration(new RegistrationId(id));
        access.requireAccess(registration.unit());
        try (InputStream content = file.getInputStream()) {
            Evidence stored = uploads.upload(new EvidenceUploads.Upload(registration.id(), indicator, title,
                    file.getOriginalFilename(), file.getContentType(), file.getSize(), content));
            return ResponseEntity.status(HttpStatus.CREATED).body(new RegistrationsController.EvidenceItem(
                    stored.indicator(), stored.reference(), stored.title()));
        }
    }
}
