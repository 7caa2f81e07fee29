package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.campaign.BatchProgress;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.cycle.CampaignLauncher;
import org.learningsociety.workflow.cycle.CampaignProgress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starts a commune's yearly cycle for a model, and tells where one stands. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/campaigns")
public class CampaignsController {

    private final CampaignLauncher launcher;
    private final CampaignProgress progress;
    private final CampaignBatches batches;
    private final UnitAccess access;
    private final UnitDirectory units;
    private final Clock clock;
    private final org.learningsociety.core.campaign.BatchWork work;

    public CampaignsController(CampaignLauncher launcher, CampaignProgress progress, CampaignBatches batches,
            UnitAccess access, UnitDirectory units, Clock clock) {
        this(launcher, progress, batches, access, units, clock, null);
    }

    /** With {@code work} (may be null) for the draft recognition annex. */
    public CampaignsController(CampaignLauncher launcher, CampaignProgress progress, CampaignBatches batches,
            UnitAccess access, UnitDirectory units, Clock clock, org.learningsociety.core.campaign.BatchWork work) {
        this.work = work;
        this.launcher = Objects.requireNonNull(launcher);
        this.progress = Objects.requireNonNull(progress);
        this.batches = Objects.requireNonNull(batches);
        this.access = Objects.requireNonNull(access);
        this.units = Objects.requireNonNull(units);
        this.clock = Objects.requireNonNull(clock);
    }

    public record NewCampaign(String unitCode, Integer year, LearningModel model) { }

    /** @param businessKey the {@code annual-cycle}'s business key, {@code <MODEL>:<year>:<unit code>} */
    public record CampaignView(String businessKey, String unitCode, int year, LearningModel model) { }

    /** A phase of the cycle by its name and its Vietnamese name. */
    public record PhaseView(CyclePhase phase, String name) { }

    /**
     * Where a cycle stands: whether it runs, its open windows, the officers' open tasks (with the
     * village each is about) and the commune's registrations by status, counted now.
     */
    public record CampaignStatusView(String businessKey, String unitCode, String unitName, int year,
            LearningModel model, boolean running, List<PhaseView> openPhases, List<CampaignProgress.OpenTask> openTasks,
            Map<RegistrationStatus, Long> registrations, long total) { }

    /** A cycle started for a commune, as a list shows it; its {@code businessKey} leads to where it stands. */
    public record CampaignSummary(String businessKey, String unitCode, String unitName, int year, LearningModel model,
            String modelTitle, boolean running, Instant startedAt, Instant endedAt) { }

    /** The cycles of {@code year} started for the communes of a unit's subtree (or the commune itself), by business key. */
    @LibraryAction(Action.READ)
    @GetMapping
    public Page<CampaignSummary> campaigns(@RequestParam String unit, @RequestParam int year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        PageRequest request = new PageRequest(page, size);
        Years.require("year", year);
        LocalDate today = LocalDate.now(clock);
        access.requireAccess(unit, today);
        AdministrativeUnit root = units.unitOn(unit, today);
        Map<String, AdministrativeUnit> subtree = new HashMap<>();
        units.subtreeOf(root, today).forEach(u -> subtree.put(u.code(), u));
        List<CampaignSummary> found = progress.started(year).stream()
                .filter(s -> subtree.containsKey(s.key().unitCode()))
                .map(s -> new CampaignSummary(s.key().businessKey(), s.key().unitCode(),
                        subtree.get(s.key().unitCode()).name(), year, s.key().model(), s.key().model().title(),
                        s.running(), s.startedAt(), s.endedAt()))
                .toList();
        return Page.slice(found, request);
    }

    /**
     * Where a cycle stands, by its business key ({@code FAMILY:2026:10507}). Whether it still runs, the
     * windows open now, the officers' open tasks with the village each is about, and the commune's
     * registrations of the year counted by status.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{businessKey}")
    public CampaignStatusView campaign(@PathVariable String businessKey) {
        CycleKey key = CycleKey.parse(businessKey);
        access.requireAccess(key.unitCode(), LocalDate.now(clock));
        CampaignProgress.Progress cycle = progress.of(key).orElseThrow(() -> new NotFoundException("businessKey",
                businessKey, "Chưa có chu kỳ " + key.model().title() + " năm " + key.year() + " của đơn vị "
                        + key.unitCode()));
        BatchProgress counts = batches.progress(key.model(), key.unitCode(), key.year());
        return new CampaignStatusView(key.businessKey(), counts.unitCode(), counts.unitName(), key.year(), key.model(),
                cycle.running(), cycle.openPhases().stream().map(p -> new PhaseView(p, p.vietnameseName())).toList(),
                cycle.openTasks(), counts.counts(), counts.total());
    }

    /**
     * Starts a commune's yearly cycle ({@code annual-cycle}) for a model. Answers 201 with the cycle's
     * business key and its {@code Location}; 409 ({@code ALREADY_EXISTS}) while a cycle of the same commune,
     * year and model runs.
     */
    @ApiResponse(responseCode = "201", description = "Created: the cycle, its address in `Location`")
    @LibraryAction(Action.START_CYCLE)
    @PostMapping
    public ResponseEntity<CampaignView> start(@RequestBody NewCampaign campaign) {
        if (campaign.year() == null) {
            throw new InvalidInputException("year", null, "Năm của chu kỳ là bắt buộc");
        }
        if (campaign.unitCode() == null || campaign.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", campaign.unitCode(), "Mã xã, phường là bắt buộc");
        }
        access.requireAccess(campaign.unitCode(), LocalDate.now(clock));
        CycleKey key = launcher.start(campaign.unitCode(), campaign.year(), campaign.model());
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/campaigns/" + key.businessKey()))
                .body(new CampaignView(key.businessKey(), key.unitCode(), key.year(), key.model()));
    }

    /**
     * The draft annex of the cycle's recognition decision, as a workbook: the subjects a decision issued
     * now would recognise (verified, with points that earn the title), to check before signing; the
     * decision's number is left to fill in. 404 while the starter has no {@code BatchWork}.
     *
     * @param businessKey the {@code annual-cycle}'s business key, {@code <MODEL>:<year>:<commune code>}
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{businessKey}/recognition-annex.xlsx")
    public ResponseEntity<byte[]> draftRecognitionAnnex(@PathVariable String businessKey) {
        CycleKey key = CycleKey.parse(businessKey);
        access.requireAccess(key.unitCode(), LocalDate.now(clock));
        if (work == null) {
            throw new NotFoundException("businessKey", businessKey,
                    "Cổng thông tin này không lập dự thảo danh sách công nhận");
        }
        org.learningsociety.core.campaign.BatchWork.RecognitionPreview preview =
                work.recognition(key.model(), key.unitCode(), key.year());
        AdministrativeUnit commune = batches.commune(key.unitCode(), key.year());
        org.learningsociety.core.decision.Decision draft = new org.learningsociety.core.decision.Decision(
                new org.learningsociety.core.decision.DecisionId(0), org.learningsociety.core.decision.Decision.Kind.RECOGNITION,
                "…/QĐ-UBND (dự thảo)", LocalDate.now(clock), "", commune.id(), key.year(), key.model(), null);
        List<org.learningsociety.workflow.export.DecisionAnnex.Entry> entries = preview.recognised().stream()
                .map(l -> new org.learningsociety.workflow.export.DecisionAnnex.Entry(l.name(), l.externalId(),
                        l.unitName(), l.points())).toList();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.learningsociety.workflow.export.DecisionAnnex(draft, commune.name(), entries).writeWorkbook(out);
        return DownloadsController.download(out.toByteArray(), DownloadsController.XLSX,
                "Dự thảo danh sách công nhận " + key.model().title() + " " + commune.name() + " năm " + key.year()
                        + ".xlsx");
    }
}
