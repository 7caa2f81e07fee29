package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.ImportJob;
import org.learningsociety.core.subject.ImportStatus;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A province's subjects from one file ({@code external_id,name,unit_code}; CSV in UTF-8, Excel's BOM
 * accepted, or an {@code .xlsx} workbook's first sheet), imported as a job in the background so that
 * no request holds a connection for minutes: {@code POST /imports} answers 202 at once, and
 * {@code GET /imports/{id}} tells where the job stands, and which rows were refused and why.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/imports")
public class ImportsController {

    private final ImportRunner runner;
    private final UnitAccess access;
    private final long maxSize;
    private final Clock clock;

    public ImportsController(ImportRunner runner, UnitAccess access, long maxSize, Clock clock) {
        this.runner = Objects.requireNonNull(runner);
        this.access = Objects.requireNonNull(access);
        this.maxSize = maxSize;
        this.clock = Objects.requireNonNull(clock);
    }

    /** A refused row: its line in the file, the column, the value and why. */
    public record RefusedRowView(long line, String field, String value, String detail) { }

    /**
     * Where an import stands. {@code rowsImported} counts the subjects stored so far; they are all
     * visible once the status is DONE.
     */
    public record ImportView(long id, LearningModel model, String unitCode, String fileName, ImportStatus status,
            String statusName, long rowsChecked, long rowsImported, long refusedCount, List<RefusedRowView> refused,
            String message, String createdBy, Instant createdAt, Instant finishedAt) {

        static ImportView of(ImportJob job) {
            return new ImportView(job.id(), job.model(), job.unitCode(), job.fileName(), job.status(),
                    job.status().vietnameseName(), job.rowsChecked(), job.rowsImported(), job.refusedCount(),
                    job.refused().stream().map(r -> new RefusedRowView(r.line(), r.field(), r.value(), r.detail()))
                            .toList(), job.message(), job.createdBy(), job.createdAt(), job.finishedAt());
        }
    }

    /**
     * Takes the file in the request's body ({@code Content-Type: text/csv} or the {@code .xlsx} type),
     * every row of it to lie in {@code unit}'s subtree, and starts its job: 202 with the job and its
     * {@code Location}.
     */
    // read from the request itself, so that a province's file is streamed to disk: springdoc sees no body
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "The file: CSV (external_id,name,unit_code; UTF-8) or an .xlsx workbook's first sheet",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "202", description = "Accepted: the job, its address in `Location`, to ask where it stands")
    @LibraryAction(Action.IMPORT)
    @PostMapping
    public ResponseEntity<ImportView> start(@RequestParam String unit, @RequestParam LearningModel model,
            @RequestParam(required = false) String fileName, HttpServletRequest request, Principal principal)
            throws IOException, HttpMediaTypeNotSupportedException {
        access.requireAccess(unit, LocalDate.now(clock));
        ImportRunner.Format format = formatOf(request.getContentType());
        String name = fileName == null || fileName.isBlank()
                ? "tep-nhap." + format.name().toLowerCase(Locale.ROOT) : fileName.strip();
        if (name.length() > 255) {
            throw new InvalidInputException("fileName", name.length() + " ký tự", "Tên tệp tối đa 255 ký tự");
        }
        Path file = runner.newFile();
        try {
            long size = copy(request.getInputStream(), file);
            if (size == 0) {
                throw new InvalidInputException("body", "0 byte", "Tệp nhập rỗng");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ImportJob job = runner.start(file, format, name, model, unit, principal == null ? null : principal.getName());
        return ResponseEntity.accepted().location(URI.create(LearningSocietyApi.BASE_PATH + "/imports/" + job.id()))
                .body(ImportView.of(job));
    }

    /**
     * Where an import stands. Queued, checking the file, importing (with the rows stored so far), done,
     * or refused with every refused row's line, column, value and reason (the first 1,000; nothing
     * stored).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}")
    public ImportView job(@PathVariable long id) {
        ImportJob job = runner.find(id).orElseThrow(() -> new NotFoundException("importId", id, "Không có lần nhập này"));
        access.requireAccess(job.unitCode(), LocalDate.now(clock));
        return ImportView.of(job);
    }

    private static ImportRunner.Format formatOf(String contentType) throws HttpMediaTypeNotSupportedException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv") || type.startsWith("text/plain")) {
            return ImportRunner.Format.CSV;
        }
        if (type.startsWith(DownloadsController.XLSX.toString())) {
            return ImportRunner.Format.XLSX;
        }
        throw new HttpMediaTypeNotSupportedException(contentType == null ? null
                : org.springframework.http.MediaType.parseMediaType(contentType),
                List.of(org.springframework.http.MediaType.parseMediaType("text/csv"), DownloadsController.XLSX));
    }

    /** Copies the body to {@code file}, refusing it once it passes the largest size taken. */
    private long copy(InputStream in, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxSize) {
                    throw new MaxUploadSizeExceededException(maxSize);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
