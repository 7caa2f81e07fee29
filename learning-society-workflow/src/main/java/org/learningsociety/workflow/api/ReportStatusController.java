package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.report.ReportStatus;
import org.learningsociety.core.report.Timeliness;
import org.learningsociety.workflow.report.ReportRounds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where each level's report stands for a period — submitted, approved, sent back (with the reason),
 * late, missing — and the start of a round of reports for an area. A report is of a programme:
 * Programme 387 ({@code PROGRAMME_387}, when none is named) or the emulation movement of Decision 1315
 * ({@code EMULATION_1315}), each dated by its own plans. It goes up one of two chains, the state's or
 * the association's, each with its own recipient and deadline from the plans: the status shows both.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/reports")
public class ReportStatusController {

    private final ReportService reports;
    private final ReportRounds rounds;
    private final UnitAccess access;
    private final java.time.Clock clock;
    private final org.learningsociety.core.unit.UnitDirectory units;

    public ReportStatusController(ReportService reports, ReportRounds rounds, UnitAccess access, java.time.Clock clock,
            org.learningsociety.core.unit.UnitDirectory units) {
        this.units = Objects.requireNonNull(units);
        this.reports = Objects.requireNonNull(reports);
        this.rounds = Objects.requireNonNull(rounds);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A unit's report and its children's: the fields of its leading chain (the one asked for, else the
     * first the plans date, the state's before the association's), and every chain the plans date, or
     * that has a report, in {@code chains}.
     *
     * @param programme {@code PROGRAMME_387} or {@code EMULATION_1315}
     * @param programmeName the programme in Vietnamese
     * @param chain the chain the fields above {@code chains} are of, {@code STATE} or {@code ASSOCIATION}
     * @param status {@code null} when nothing was compiled yet
     * @param statusName the status in Vietnamese
     * @param chains each chain's report: recipient, deadline, status, children's status
     */
    public record ReportStatusView(String unit, String unitName, String programme, String programmeName, String period,
            ReportStatus status, String statusName,
            Timeliness timeliness, String timelinessName, boolean late, String sentBackReason, LocalDate deadline,
            LocalDate childrenDeadline, List<ChildView> children, ReportChain chain, String chainName,
            String recipient, List<ChainView> chains) { }

    /**
     * One chain's report of the unit.
     *
     * @param recipient the body the report goes to, as the plan names it; {@code null} when it names none
     * @param deadline the last day the report is on time, as the plans date it for this chain
     */
    public record ChainView(ReportChain chain, String chainName, String recipient, LocalDate deadline,
            ReportStatus status, String statusName, Timeliness timeliness, String timelinessName, boolean late,
            String sentBackReason, LocalDate childrenDeadline, List<ChildView> children) { }

    public record ChildView(String unit, String unitName, ReportStatus status, String statusName, Timeliness timeliness,
            String timelinessName) { }

    /**
     * @param dueDate the deadline of the reports whose plans date none for their level; without it such a
     *     round is refused (409)
     * @param programme {@code PROGRAMME_387} (when absent) or {@code EMULATION_1315}: only that programme's
     *     plans date the reports, and the period must be one of theirs
     */
    public record RoundRequest(String unitCode, String period, LocalDate dueDate, String programme) { }

    /** @param started the business keys of the report processes started */
    public record RoundStarted(String programme, String period, List<String> started) { }

    /**
     * Where a level's report of a programme ({@code PROGRAMME_387} unless named) for a period stands,
     * with its children's. The period is a year ({@code 2026}) or a phase ({@code 2021-2025}); each report
     * is submitted, approved, sent back with the reason, late or missing. {@code chain} ({@code STATE} or
     * {@code ASSOCIATION}) picks the chain of the top-level fields; {@code chains} lists every chain.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/status")
    public ReportStatusView status(@RequestParam String unit, @RequestParam String period,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String chain) {
        String named = Plan.programme(programme);
        ReportPeriod reportPeriod = ReportPeriod.parse(period);
        LocalDate on = reports.reportDate(reportPeriod);
        access.requireAccess(unit, on);
        ReportChain leading = chain == null || chain.isBlank() ? reports.leadingChain(unit, named, reportPeriod)
                : ReportChain.parse(chain).orElseThrow(() -> new org.learningsociety.core.shared.InvalidInputException(
                        "chain", chain, "Hệ thống báo cáo phải là STATE (chính quyền) hoặc ASSOCIATION (Hội Khuyến học)"));
        List<ReportChain> shown = new java.util.ArrayList<>(reports.chains(unit, named, reportPeriod));
        for (ReportChain c : ReportChain.values()) {
            if (!shown.contains(c) && (c == leading || reports.find(unit, named, c, reportPeriod).isPresent())) {
                shown.add(c);
            }
        }
        shown.sort(java.util.Comparator.naturalOrder());
        List<ChainView> chains = shown.stream().map(c -> chainView(unit, named, c, reportPeriod)).toList();
        ChainView own = chains.stream().filter(c -> c.chain() == leading).findFirst().orElseThrow();
        Report report = reports.find(unit, named, leading, reportPeriod).orElse(null);
        return new ReportStatusView(unit, report == null ? units.unitOn(unit, on).name() : report.unitName(), named,
                Report.programmeName(named), reportPeriod.code(), own.status(), own.statusName(), own.timeliness(),
                own.timelinessName(), own.late(), own.sentBackReason(), report == null ? null : report.deadline(),
                own.childrenDeadline(), own.children(), leading, leading.vietnameseName(), own.recipient(), chains);
    }

    /** Where the leading chain's report stands, for callers from before reports had chains. */
    public ReportStatusView status(String unit, String period, String programme) {
        return status(unit, period, programme, null);
    }

    private ChainView chainView(String unit, String programme, ReportChain chain, ReportPeriod period) {
        Report own = reports.find(unit, programme, chain, period).orElse(null);
        Completeness completeness = reports.completeness(unit, programme, chain, period);
        Timeliness timeliness = own == null ? null : own.timeliness(LocalDate.now(clock));
        List<ChildView> children = completeness.children().stream()
                .map(c -> new ChildView(c.unitCode(), c.unitName(), c.status(),
                        c.status() == null ? "Chưa lập báo cáo" : c.status().vietnameseName(), c.timeliness(),
                        c.timeliness().vietnameseName()))
                .toList();
        LocalDate deadline = own != null && own.deadline() != null ? own.deadline()
                : reports.deadline(unit, programme, chain, period).orElse(null);
        return new ChainView(chain, chain.vietnameseName(), reports.recipient(unit, programme, chain, period)
                .orElse(null), deadline, own == null ? null : own.status(),
                own == null ? "Chưa lập báo cáo" : own.status().vietnameseName(), timeliness,
                timeliness == null ? null : timeliness.vietnameseName(), own != null && own.late(),
                own == null ? null : own.sentBackReason(), completeness.deadline(), children);
    }

    /**
     * Starts the report processes of a programme ({@code PROGRAMME_387} unless named) in a unit's area
     * for a period, lowest level first, each due as that programme's plans date it. Answers 201 with the
     * reports started.
     */
    @ApiResponse(responseCode = "201", description = "Created: the units whose reports were started; `Location` is the status of the round")
    @LibraryAction(Action.REPORT)
    @PostMapping("/rounds")
    public ResponseEntity<RoundStarted> startRound(@RequestBody RoundRequest request) {
        if (request == null || request.unitCode() == null || request.unitCode().isBlank()) {
            throw new org.learningsociety.core.shared.InvalidInputException("unitCode",
                    request == null ? null : request.unitCode(), "Mã đơn vị là bắt buộc");
        }
        String programme = Plan.programme(request.programme());
        ReportPeriod period = ReportPeriod.parse(request.period());
        access.requireAccess(request.unitCode(), reports.reportDate(period));
        List<String> started = rounds.start(request.unitCode(), programme, period, request.dueDate());
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/reports/status?unit="
                + request.unitCode() + "&period=" + period.code()
                + (Plan.PROGRAMME_387.equals(programme) ? "" : "&programme=" + programme)))
                .body(new RoundStarted(programme, period.code(), started));
    }
}
