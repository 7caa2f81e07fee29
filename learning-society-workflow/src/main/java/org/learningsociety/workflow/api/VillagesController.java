package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.registration.VillageAssessments;
import org.learningsociety.core.registration.VillageRoll;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.RowOutcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.VillageSubjects;
import org.learningsociety.workflow.api.bulk.VillageLists;
import org.learningsociety.workflow.api.bulk.VillageTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A village at a time: its subjects, its roll for a year, its self-assessments and verifications, each
 * sent as one list (JSON, CSV or an Excel workbook) that is stored whole or not at all, and each
 * downloadable as the pre-filled workbook an officer fills and sends back.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/villages/{code}")
public class VillagesController {

    private final VillageSubjects villageSubjects;
    private final VillageRoll roll;
    private final VillageAssessments assessments;
    private final VillageLists lists;
    private final UnitAccess access;
    private final Clock clock;
    private final long maxListSize;

    public VillagesController(VillageSubjects villageSubjects, VillageRoll roll, VillageAssessments assessments,
            VillageLists lists, UnitAccess access, Clock clock, long maxListSize) {
        this.villageSubjects = Objects.requireNonNull(villageSubjects);
        this.roll = Objects.requireNonNull(roll);
        this.assessments = Objects.requireNonNull(assessments);
        this.lists = Objects.requireNonNull(lists);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
        this.maxListSize = maxListSize;
    }

    /** Each row's outcome, in the order of the list. */
    public record Outcomes(List<RowOutcome> rows) { }

    /**
     * Adds or renames the village's subjects from one list, matched by portal id, all or nothing: each
     * row CREATED, UPDATED (renamed) or UNCHANGED. JSON {@code {"model", "subjects": [{externalId, name}]}},
     * or CSV/xlsx {@code external_id,name} with {@code model} as a parameter.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"model\": \"FAMILY\", \"subjects\": [{\"externalId\": \"HGD-10507-0001\", \"name\": \"Hộ ông Nguyễn Văn An\"}]}")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = VillageLists.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @LibraryAction(Action.MANAGE_SUBJECTS)
    @PostMapping(path = "/subjects")
    public Outcomes subjects(@PathVariable String code, @RequestParam(required = false) LearningModel model,
            HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
        byte[] body = body(code, request);
        VillageLists.Subjects list = lists.subjects(format(request), body, model);
        if (list.model() == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc (trong nội dung JSON "
                    + "hoặc tham số model)");
        }
        return new Outcomes(villageSubjects.upsert(code, list.model(), list.rows()));
    }

    /**
     * Registers for {@code year} the village's subjects the list names by portal id, all or nothing:
     * each row CREATED, or UNCHANGED when already registered (a list sent again is no conflict). JSON
     * {@code {"externalIds": [...]}}, or CSV/xlsx {@code external_id}.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"externalIds\": [\"HGD-10507-0001\", \"HGD-10507-0002\"]}")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = VillageLists.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @LibraryAction(Action.REGISTER)
    @PostMapping(path = "/registrations")
    public Outcomes register(@PathVariable String code, @RequestParam int year, @RequestParam LearningModel model,
            HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
        byte[] body = body(code, request);
        return new Outcomes(roll.register(code, year, model, lists.roll(format(request), body)));
    }

    /**
     * The village's self-assessments against the criteria set in force, all or nothing: each row UPDATED
     * or UNCHANGED, marked late once the commune's window closed. JSON {@code {"assessments": [{externalId,
     * scores, evidence, note}]}}, or CSV/xlsx {@code external_id,<indicator codes…>,evidence:<code>…}.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"assessments\": [{\"externalId\": \"HGD-10507-0001\", \"scores\": [{\"indicator\": \"1.1\", \"points\": 10}], \"evidence\": [{\"indicator\": \"1.1\", \"reference\": \"ls-evidence:8812/3f2a9c1e.pdf\", \"title\": \"Xác nhận của nhà trường\"}]}]}")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = VillageLists.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @LibraryAction(Action.SELF_ASSESS)
    @PutMapping(path = "/self-assessments")
    public Outcomes selfAssess(@PathVariable String code, @RequestParam int year, @RequestParam LearningModel model,
            HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
        byte[] body = body(code, request);
        return new Outcomes(assessments.selfAssess(code, year, model, lists.assessments(format(request), body)));
    }

    /**
     * The verified points of the village's subjects, by the caller, all or nothing: each row UPDATED or
     * UNCHANGED. The same shapes as the self-assessments, with a {@code note} column and no evidence.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"assessments\": [{\"externalId\": \"HGD-10507-0001\", \"scores\": [{\"indicator\": \"1.1\", \"points\": 8}], \"note\": \"Thiếu xác nhận của nhà trường cho cháu thứ hai\"}]}")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = VillageLists.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @LibraryAction(Action.VERIFY)
    @PutMapping(path = "/verifications")
    public Outcomes verify(@PathVariable String code, @RequestParam int year, @RequestParam LearningModel model,
            HttpServletRequest request, Principal principal) throws IOException, HttpMediaTypeNotSupportedException {
        byte[] body = body(code, request);
        return new Outcomes(assessments.verify(code, year, model, lists.assessments(format(request), body),
                principal == null ? null : principal.getName()));
    }

    /** The village's subjects of {@code model} as the workbook to fill and send back to {@code POST} the same path. */
    @LibraryAction(Action.READ)
    @GetMapping("/subjects")
    public ResponseEntity<byte[]> subjectsTemplate(@PathVariable String code, @RequestParam LearningModel model) {
        requireAccess(code);
        VillageSubjects.VillageList list = villageSubjects.listOf(code, model);
        return download(VillageTemplate.subjects("Danh sách " + model.title(), model, list.subjects()),
                "Danh sách " + model.title() + " - " + list.village().name() + ".xlsx");
    }

    /** The village's subjects as the roll to send back for {@code year}: a row deleted is a subject not registered. */
    @LibraryAction(Action.READ)
    @GetMapping("/registrations")
    public ResponseEntity<byte[]> rollTemplate(@PathVariable String code, @RequestParam int year,
            @RequestParam LearningModel model) {
        requireAccess(code);
        VillageSubjects.VillageList list = villageSubjects.listOf(code, model);
        return download(VillageTemplate.roll("Đăng ký " + year, list.subjects()),
                "Đăng ký " + model.title() + " " + year + " - " + list.village().name() + ".xlsx");
    }

    /**
     * The village's registrations of {@code year} as the self-assessment workbook: one column per
     * indicator headed with its maximum (whole numbers checked by Excel), evidence columns, stored values pre-filled.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/self-assessments")
    public ResponseEntity<byte[]> selfAssessmentTemplate(@PathVariable String code, @RequestParam int year,
            @RequestParam LearningModel model) {
        requireAccess(code);
        VillageAssessments.Sheet sheet = assessments.sheet(code, year, model);
        List<VillageTemplate.Assessed> lines = sheet.entries().stream().map(e -> new VillageTemplate.Assessed(
                e.subject(), e.registration().selfScores(), null, e.registration().evidence())).toList();
        return download(VillageTemplate.assessments("Tự đánh giá " + year, sheet.set(), lines, false),
                "Tự đánh giá " + model.title() + " " + year + " - " + sheet.village().name() + ".xlsx");
    }

    /** The verification workbook of {@code year}: the verified points, or the self-assessed ones until verified, and the note. */
    @LibraryAction(Action.READ)
    @GetMapping("/verifications")
    public ResponseEntity<byte[]> verificationTemplate(@PathVariable String code, @RequestParam int year,
            @RequestParam LearningModel model) {
        requireAccess(code);
        VillageAssessments.Sheet sheet = assessments.sheet(code, year, model);
        // not verified yet: the self-assessed points, for the verifier to confirm or correct
        List<VillageTemplate.Assessed> lines = sheet.entries().stream().map(e -> new VillageTemplate.Assessed(
                e.subject(), e.registration().verifiedAt() != null ? e.registration().verifiedScores()
                        : e.registration().selfScores(), e.registration().verificationNote(), null)).toList();
        return download(VillageTemplate.assessments("Thẩm định " + year, sheet.set(), lines, true),
                "Thẩm định " + model.title() + " " + year + " - " + sheet.village().name() + ".xlsx");
    }

    private void requireAccess(String code) {
        access.requireAccess(code, LocalDate.now(clock));
    }

    /** The caller's reach first, then the body's type, then the body, at most the list size allowed. */
    private byte[] body(String code, HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
        requireAccess(code);
        format(request);
        return VillageLists.read(request.getInputStream(), request.getContentLengthLong(), maxListSize);
    }

    private static VillageLists.Format format(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        VillageLists.Format format = VillageLists.Format.of(request.getContentType());
        if (format == null) {
            MediaType declared = null;
            try {
                declared = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                // named as sent in the problem's detail all the same
            }
            throw new HttpMediaTypeNotSupportedException(declared, VillageLists.MEDIA_TYPES,
                    org.springframework.http.HttpMethod.valueOf(request.getMethod()));
        }
        return format;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return DownloadsController.download(body, DownloadsController.XLSX, fileName);
    }
}
