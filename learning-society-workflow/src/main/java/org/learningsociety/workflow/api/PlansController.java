package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.DerivationRule;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanStatus;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.plan.PlanVersions.PlanVersion;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.referencedata.ChangingPlans;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The plans, editable without a rebuild: a province's emulation board (or an administrator) sends a
 * plan's YAML, checked as the files loaded at start-up are, and it is stored as the plan's next version
 * and read by the targets, deadlines and cycles from the next request on. Each plan can be read as JSON
 * or as its YAML, at the version in force or any earlier one, with who changed it and when.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/plans")
public class PlansController {

    /** The YAML media types a plan is sent and answered in. */
    public static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final MediaType TEXT_YAML = MediaType.parseMediaType("text/yaml");

    private final ChangingPlans changing;
    private final Plans plans;
    private final PlanVersions versions;
    private final AuditTrail audit;
    private final PlanEditors editors;
    private final org.learningsociety.workflow.cycle.CommendationRuleInForce commendationRule;

    public PlansController(ChangingPlans changing, Plans plans, PlanVersions versions, AuditTrail audit,
            PlanEditors editors, org.learningsociety.workflow.cycle.CommendationRuleInForce commendationRule) {
        this.commendationRule = commendationRule;
        this.changing = Objects.requireNonNull(changing);
        this.plans = Objects.requireNonNull(plans);
        this.versions = Objects.requireNonNull(versions);
        this.audit = Objects.requireNonNull(audit);
        this.editors = Objects.requireNonNull(editors);
    }

    public record PlanPhaseView(String code, int fromYear, int toYear) { }

    public record PlanIndicatorView(String code, String name, LearningModel model, LearningModel within, String unit,
            IndicatorSource source, UnitLevel enteredBy, IndicatorAnswer answer, String denominator,
            MemberRole members) { }

    /** @param value in percent, as the plan states it */
    public record PlanTargetView(String indicator, int year, String areaType, BigDecimal value, String statedAs) { }

    /**
     * A dated event or deadline of the plan.
     *
     * @param fromMonthDay {@code MM-dd}: the first day of a yearly window
     * @param monthDay {@code MM-dd}: the day of a yearly milestone
     */
    public record PlanMilestoneView(String kind, String level, LocalDate from, LocalDate to, String fromMonthDay,
            String monthDay, boolean recurring, boolean before, Integer fromYear, Integer toYear, String period,
            String statedAs, String description) { }

    /**
     * A form of award the plan names: its code (what commendations and decisions carry), its name as the
     * plan writes it, who gives it, whether the province issues it or only proposes it upward, and when.
     *
     * @param givenByLevel CENTRE, PROVINCE or LOCAL (agencies, units and localities)
     * @param occasions YEARLY, LIFELONG_LEARNING_WEEK, REVIEW
     */
    public record AwardFormView(String code, String name, String givenBy, String givenByLevel, String issuance,
            String issuanceName, List<String> occasions, String statedAs) { }

    /**
     * The forms of award of a plan, and the commendation rule that proposes them each year.
     *
     * @param fromPlan the plan naming the forms: this one, or its parent when it names none
     * @param eligibility the deployed commendation-eligibility table; {@code placeholder} while its
     *     thresholds are the library's, in no seed, until a province deploys its own
     */
    public record PlanAwardsView(String fromPlan, List<AwardFormView> forms,
            org.learningsociety.workflow.cycle.CommendationRuleInForce.Rule eligibility) { }

    public record PlanTaskView(int number, String name, String lead, String timing, LocalDate from, LocalDate to,
            String fromMonthDay, String monthDay, boolean recurring, String content) { }

    /**
     * A plan at one of its versions, as stored (not read over its parent).
     *
     * @param current whether this version is the one in force
     * @param origin where the version came from; {@code null} for a version stored before versions were kept
     * @param changedBy who stored the version: the uploader's login, or the shipped file's name
     */
    public record PlanView(String id, int version, boolean current, PlanStatus status, String programme,
            String parent, String title, String issuer, String number, LocalDate issuedOn, int issuedYear,
            String scopeUnitCode, UnitLevel scopeLevel, List<String> legalBasis, List<PlanPhaseView> phases,
            List<PlanIndicatorView> indicators, List<PlanTargetView> targets, DerivationRule derivationRule,
            List<PlanMilestoneView> milestones, List<PlanTaskView> tasks, PlanVersions.Origin origin,
            String changedBy, Instant changedAt, PlanAwardsView awards) { }

    /**
     * One stored version of a plan.
     *
     * @param originName where it came from, in Vietnamese
     * @param sha256 the SHA-256 of its YAML text
     * @param before what the upload took out of the previous version (the audit trail's record), {@code null}
     *     for a shipped file's version
     * @param after what it put in
     */
    public record PlanVersionView(int version, boolean current, PlanVersions.Origin origin, String originName,
            String changedBy, Instant changedAt, String sha256, String before, String after) { }

    public record PlanVersionList(String plan, int current, List<PlanVersionView> versions) { }

    /**
     * What an upload did.
     *
     * @param changed whether a new version was stored; {@code false} when the text was the version in force
     * @param added whether the plan was new
     * @param message what happened, in Vietnamese
     */
    public record PlanChangeView(String plan, int version, boolean changed, boolean added, String changedBy,
            Instant changedAt, String message) { }

    /**
     * Stores a plan's YAML as its next version. The body is the plan file ({@code Content-Type:
     * application/yaml} or {@code text/yaml}, UTF-8), or a {@code multipart/form-data} upload of it in the
     * part {@code file} (whose name, if it ends in {@code .yaml}, must be the plan's id). It is checked as
     * the files loaded at start-up are (400 naming the field, e.g. {@code targets[3].value}, and the line);
     * its {@code version} must be the stored one plus one (409 otherwise). Administrators may change every
     * plan, a province's emulation board its province's (403 for anyone else). 201 with the version's
     * address in {@code Location}; 200 when the text is the version in force already, which changes nothing.
     * The new version applies from the next request on: targets, report deadlines, and the windows of a
     * cycle that open after it.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "The plan file (schema learning-society/plan/v1, docs/reference-data.md), UTF-8",
            content = {@Content(mediaType = "application/yaml", schema = @Schema(type = "string",
                    example = "schema: learning-society/plan/v1\nid: hai-phong-46-kh-ubnd-2022\nversion: 3\n…")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(type = "object",
                            requiredProperties = {"file"}, example = "{\"file\": \"hai-phong-46-kh-ubnd-2022.yaml\"}"))})
    @ApiResponse(responseCode = "201", description = "Created: the new version, its address in `Location`")
    @ApiResponse(responseCode = "200", description = "The text is the version in force: nothing changed")
    @LibraryAction(Action.EDIT_PLANS)
    @PostMapping
    public ResponseEntity<PlanChangeView> upload(HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        byte[] yaml;
        String fileName = null;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new InvalidInputException("file", null, "Cần tệp kế hoạch trong phần \"file\"");
            }
            yaml = read(file.getInputStream());
            fileName = file.getOriginalFilename();
        } else {
            requireYaml(request.getContentType());
            yaml = read(request.getInputStream());
        }
        ChangingPlans.Outcome outcome = changing.upload(yaml, fileName, editors::requireMayChange);
        PlanVersion version = outcome.version();
        String message = !outcome.changed() ? "Nội dung trùng phiên bản " + version.version()
                + " đang áp dụng; không có gì thay đổi" : outcome.added() ? "Đã thêm kế hoạch "
                + version.planId() + ", phiên bản " + version.version() : "Đã lưu phiên bản " + version.version()
                + " của kế hoạch " + version.planId() + "; áp dụng từ bây giờ";
        PlanChangeView view = new PlanChangeView(version.planId(), version.version(), outcome.changed(),
                outcome.added(), version.changedBy(), version.changedAt(), message);
        if (!outcome.changed()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(LearningSocietyApi.BASE_PATH + "/plans/"
                + version.planId() + "?version=" + version.version())).body(view);
    }

    /**
     * A plan at the version in force, or at {@code version}. As JSON (the default) with its version, where
     * it came from, who stored it and when; or, with {@code Accept: application/yaml}, the YAML text itself
     * as it was sent or shipped, to edit and send back with the version raised by one. Readable by every
     * officer: plans are the programme's public reference data.
     */
    @ApiResponse(responseCode = "200", description = "The plan: JSON (PlanView) or, asked for with `Accept: "
            + "application/yaml`, its YAML text", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)),
                    @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string"))})
    @LibraryAction(Action.READ)
    @GetMapping(value = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "text/yaml"})
    public ResponseEntity<?> plan(@PathVariable String id, @RequestParam(required = false) Integer version,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Plan current = plans.findById(id).orElseThrow(() -> new NotFoundException("id", id, "Không có kế hoạch này"));
        int wanted = version == null ? current.version() : version;
        Optional<PlanVersion> stored = versions.find(id, wanted);
        if (stored.isEmpty() && wanted != current.version()) {
            throw new NotFoundException("version", wanted, "Kế hoạch " + id + " không có phiên bản " + wanted
                    + " (phiên bản đang áp dụng: " + current.version() + ")");
        }
        if (wantsYaml(accept)) {
            PlanVersion text = stored.orElseThrow(() -> new NotFoundException("version", wanted, "Phiên bản "
                    + wanted + " của kế hoạch " + id + " được lưu trước khi có lịch sử phiên bản, không có văn bản YAML"));
            MediaType type = accept.toLowerCase(Locale.ROOT).contains("text/yaml") ? TEXT_YAML : YAML;
            return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
                    .body(text.yaml().getBytes(StandardCharsets.UTF_8));
        }
        Plan plan = wanted == current.version() ? current : PlanFile.read(id + ".yaml",
                new ByteArrayInputStream(stored.orElseThrow().yaml().getBytes(StandardCharsets.UTF_8)), false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(plan, wanted == current.version(),
                stored.orElse(null)));
    }

    /**
     * Every stored version of a plan, newest first: where each came from, who stored it and when, and
     * for an uploaded one what it changed (the audit trail's before and after).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{id}/versions")
    public PlanVersionList versions(@PathVariable String id) {
        Plan current = plans.findById(id).orElseThrow(() -> new NotFoundException("id", id, "Không có kế hoạch này"));
        return new PlanVersionList(id, current.version(), versions.of(id).stream().map(v -> {
            Optional<AuditRecord> record = v.origin() == PlanVersions.Origin.UPLOADED
                    ? audit.historyOf(Audited.PLAN_VERSION, v.id()).stream().findFirst() : Optional.empty();
            return new PlanVersionView(v.version(), v.version() == current.version(), v.origin(),
                    v.origin().vietnameseName(), v.changedBy(), v.changedAt(), v.sha256(),
                    record.map(AuditRecord::before).orElse(null), record.map(AuditRecord::after).orElse(null));
        }).toList());
    }

    /** Whether the caller asked for YAML before JSON. */
    private static boolean wantsYaml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(YAML) && !type.isWildcardType() || type.isCompatibleWith(TEXT_YAML)
                    && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }

    private static void requireYaml(String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType type = null;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            // refused below, naming what was sent
        }
        if (type == null || !(type.isCompatibleWith(YAML) && !type.isWildcardType() && !type.isWildcardSubtype()
                || type.equalsTypeAndSubtype(TEXT_YAML) || type.equalsTypeAndSubtype(MediaType.parseMediaType("application/x-yaml")))) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(YAML, TEXT_YAML, MediaType.MULTIPART_FORM_DATA));
        }
    }

    /** The body, refused once it passes the longest plan taken. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(ChangingPlans.MAX_BYTES + 1);
        if (body.length > ChangingPlans.MAX_BYTES) {
            throw new InvalidInputException("yaml", "> " + ChangingPlans.MAX_BYTES / 1024 + " KB", "Kế hoạch dài quá "
                    + ChangingPlans.MAX_BYTES / 1024 + " KB");
        }
        return body;
    }

    private PlanView view(Plan plan, boolean current, PlanVersion version) {
        return new PlanView(plan.id(), plan.version(), current, plan.status(), plan.programme(), plan.parent(),
                plan.title(), plan.issuer(), plan.number(), plan.issuedOn(), plan.issuedYear(), plan.scope().unitCode(),
                plan.scope().level(), plan.legalBasis(),
                plan.phases().stream().map(p -> new PlanPhaseView(p.code(), p.fromYear(), p.toYear())).toList(),
                plan.indicators().stream().map(i -> new PlanIndicatorView(i.code(), i.name(), i.model(), i.within(),
                        i.unit(), i.source(), i.enteredBy(), i.answer(), i.denominator(), i.members())).toList(),
                plan.targets().stream().map(t -> new PlanTargetView(t.indicator(), t.year(), t.areaType(), t.value(),
                        t.statedAs())).toList(),
                plan.derivationRule(),
                plan.milestones().stream().map(m -> new PlanMilestoneView(m.kind(), m.level(), m.from(), m.to(),
                        text(m.fromMonthDay()), text(m.monthDay()), m.recurring(), m.before(), m.fromYear(),
                        m.toYear(), m.period(), m.statedAs(), m.description())).toList(),
                plan.tasks().stream().map(t -> new PlanTaskView(t.number(), t.name(), t.lead(), t.timing(), t.from(),
                        t.to(), text(t.fromMonthDay()), text(t.monthDay()), t.recurring(), t.content())).toList(),
                version == null ? null : version.origin(), version == null ? null : version.changedBy(),
                version == null ? null : version.changedAt(), awards(plan));
    }

    /** The plan's forms, else its parent's (as the plan is read over it), and the rule in force. */
    private PlanAwardsView awards(Plan plan) {
        Plan naming = plan;
        if (plan.awards().isEmpty() && plan.parent() != null) {
            naming = plans.findById(plan.parent()).filter(p -> !p.awards().isEmpty()).orElse(plan);
        }
        return new PlanAwardsView(naming.awards().isEmpty() ? null : naming.id(), naming.awards().stream()
                .map(a -> new AwardFormView(a.code(), a.name(), a.givenBy() == null ? null : a.givenBy().body(),
                        a.givenBy() == null ? null : a.givenBy().level(),
                        a.issuance() == null ? null : a.issuance().name(),
                        a.issuance() == null ? null : a.issuance().vietnameseName(), a.occasions(), a.statedAs()))
                .toList(), commendationRule == null ? null : commendationRule.current());
    }

    private static String text(MonthDay day) {
        return day == null ? null : String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
