package org.learningsociety.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.ReportEvent.ReportApproved;
import org.learningsociety.core.report.ReportEvent.ReportMissed;
import org.learningsociety.core.report.ReportEvent.ReportSentBack;
import org.learningsociety.core.report.ReportEvent.ReportSubmitted;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A level's report for a unit, a programme, a chain (the state's or the association's line, each with
 * its own recipients and days from the plans) and a period: per model, the unit's attainment and each child unit's
 * against the target of the period's last year; the children that had not reported when it was
 * sent; the units of its area that the reform abolished or merged. It moves DRAFT → SUBMITTED →
 * APPROVED, or SENT_BACK with a reason and then SUBMITTED again; an approved report may be SENT_BACK
 * too, reopened by the level above; a draft whose deadline passes is MISSING (and may still be sent,
 * late).
 */
public final class Report {

    private final ReportId id;
    private final UnitId unit;
    private final String unitCode;
    private final String unitName;
    private final UnitLevel level;
    private final UnitId parent;
    private final String programme;
    private final ReportChain chain;
    private final ReportPeriod period;
    private final LocalDate deadline;
    private ReportStatus status;
    private boolean late;
    private List<ReportLine> lines;
    private List<Completeness.Child> missingChildren;
    private List<PastUnit> history;
    private Instant compiledAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String sentBackReason;
    private final int version;

    /**
     * A report as stored.
     *
     * @param programme the programme it reports on, {@code PROGRAMME_387} or {@code EMULATION_1315}: its
     *     plans alone date it
     */
    public Report(ReportId id, UnitId unit, String unitCode, String unitName, UnitLevel level, UnitId parent,
            String programme, ReportPeriod period, LocalDate deadline, ReportStatus status, boolean late, List<ReportLine> lines,
            List<Completeness.Child> missingChildren, List<PastUnit> history, Instant compiledAt, Instant submittedAt,
            Instant decidedAt, String decidedBy, String sentBackReason, int version) {
        this(id, unit, unitCode, unitName, level, parent, programme, ReportChain.STATE, period, deadline, status, late,
                lines, missingChildren, history, compiledAt, submittedAt, decidedAt, decidedBy, sentBackReason, version);
    }

    /**
     * A report as stored, of {@code chain}.
     *
     * @param chain the line it goes up: the state's or the association's
     */
    public Report(ReportId id, UnitId unit, String unitCode, String unitName, UnitLevel level, UnitId parent,
            String programme, ReportChain chain, ReportPeriod period, LocalDate deadline, ReportStatus status,
            boolean late, List<ReportLine> lines, List<Completeness.Child> missingChildren, List<PastUnit> history,
            Instant compiledAt, Instant submittedAt, Instant decidedAt, String decidedBy, String sentBackReason,
            int version) {
        this.id = Objects.requireNonNull(id, "id");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.unitName = Objects.requireNonNull(unitName, "unitName");
        this.level = Objects.requireNonNull(level, "level");
        this.parent = parent;
        this.programme = Plan.programme(Objects.requireNonNull(programme, "programme"));
        this.chain = Objects.requireNonNull(chain, "chain");
        this.period = Objects.requireNonNull(period, "period");
        this.deadline = deadline;
        this.status = Objects.requireNonNull(status, "status");
        this.late = late;
        this.lines = List.copyOf(lines);
        this.missingChildren = List.copyOf(missingChildren);
        this.history = List.copyOf(history);
        this.compiledAt = compiledAt;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.sentBackReason = sentBackReason;
        this.version = version;
    }

    /** A new draft of the state's chain. */
    public static Report compile(ReportId id, UnitId unit, String unitCode, String unitName, UnitLevel level,
            UnitId parent, String programme, ReportPeriod period, LocalDate deadline, List<ReportLine> lines,
            List<Completeness.Child> missingChildren, List<PastUnit> history, Instant at) {
        return compile(id, unit, unitCode, unitName, level, parent, programme, ReportChain.STATE, period, deadline,
                lines, missingChildren, history, at);
    }

    /** A new draft of {@code chain}. */
    public static Report compile(ReportId id, UnitId unit, String unitCode, String unitName, UnitLevel level,
            UnitId parent, String programme, ReportChain chain, ReportPeriod period, LocalDate deadline,
            List<ReportLine> lines, List<Completeness.Child> missingChildren, List<PastUnit> history, Instant at) {
        return new Report(id, unit, unitCode, unitName, level, parent, programme, chain, period, deadline,
                ReportStatus.DRAFT, false, lines, missingChildren, history, at, null, null, null, null, 0);
    }

    /** A report of {@code chain} that was never compiled, recorded as missing at its deadline. */
    public static Missed missing(ReportId id, UnitId unit, String unitCode, String unitName, UnitLevel level,
            UnitId parent, String programme, ReportChain chain, ReportPeriod period, LocalDate deadline, Instant at) {
        Report report = new Report(id, unit, unitCode, unitName, level, parent, programme, chain, period, deadline,
                ReportStatus.MISSING, false, List.of(), List.of(), List.of(), null, null, null, null, null, 0);
        return new Missed(report, new ReportMissed(id, unit, period, at));
    }

    public record Missed(Report report, ReportMissed event) { }

    /** Compiles the draft again with fresh numbers (a sent-back or missing report becomes a draft). */
    public void recompile(List<ReportLine> freshLines, List<Completeness.Child> missing, List<PastUnit> pastUnits,
            Instant at) {
        ReportPolicies.compilingAllowed(this).orThrow();
        if (status == ReportStatus.MISSING) {
            status = ReportStatus.DRAFT;
        }
        lines = List.copyOf(freshLines);
        missingChildren = List.copyOf(missing);
        history = List.copyOf(pastUnits);
        compiledAt = at;
    }

    /** Sends the report up, listing the children still missing; late when after the deadline's day. */
    public ReportSubmitted submit(List<Completeness.Child> stillMissing, Instant at, ZoneId zone) {
        ReportPolicies.submissionAllowed(this).orThrow();
        missingChildren = List.copyOf(stillMissing);
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
        late = late || (deadline != null && at.atZone(zone).toLocalDate().isAfter(deadline));
        decidedAt = null;
        decidedBy = null;
        return new ReportSubmitted(id, unit, parent, programme, period, late, missingChildren.size(), at, chain);
    }

    public ReportApproved approve(String approvedBy, Instant at) {
        ReportPolicies.decisionAllowed(this).orThrow();
        status = ReportStatus.APPROVED;
        decidedAt = at;
        decidedBy = approvedBy;
        sentBackReason = null;
        return new ReportApproved(id, unit, period, approvedBy, at);
    }

    /**
     * Returns the report with the reason to correct: a submitted one, or an approved one the level
     * above reopens (which unlocks the unit's entered values of the period's last year).
     */
    public ReportSentBack sendBack(String sentBackBy, String reason, Instant at) {
        ReportPolicies.sendingBackAllowed(this).orThrow();
        ReportPolicies.sendBackReasonGiven(reason).orThrow();
        status = ReportStatus.SENT_BACK;
        decidedAt = at;
        decidedBy = sentBackBy;
        sentBackReason = reason.strip();
        return new ReportSentBack(id, unit, period, sentBackBy, sentBackReason, at);
    }

    /** The deadline passed with nothing sent: a draft becomes missing. Returns no event otherwise. */
    public java.util.Optional<ReportMissed> deadlinePassed(Instant at) {
        if (status != ReportStatus.DRAFT) {
            return java.util.Optional.empty();
        }
        status = ReportStatus.MISSING;
        return java.util.Optional.of(new ReportMissed(id, unit, period, at));
    }

    public Timeliness timeliness(LocalDate today) {
        if (submittedAt != null) {
            return late ? Timeliness.LATE : Timeliness.ON_TIME;
        }
        if (status == ReportStatus.MISSING || (deadline != null && today.isAfter(deadline))) {
            return Timeliness.MISSING;
        }
        return Timeliness.PENDING;
    }

    /** Whether the report has been sent at least once and not sent back since. */
    public boolean isSubmitted() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
    }

    /** The reporting unit's own rows (the totals), one per model. */
    public List<ReportLine> totals() {
        return lines.stream().filter(l -> l.unitCode().equals(unitCode)).toList();
    }

    /** The rows of the child units. */
    public List<ReportLine> childLines() {
        return lines.stream().filter(l -> !l.unitCode().equals(unitCode)).toList();
    }

    public ReportId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public UnitLevel level() {
        return level;
    }

    public UnitId parent() {
        return parent;
    }

    /** The programme the report is of: {@code PROGRAMME_387} or {@code EMULATION_1315}. */
    public String programme() {
        return programme;
    }

    /** The programme as an officer reads it: "Chương trình 387", "Phong trào thi đua 1315". */
    public static String programmeName(String programme) {
        return Plan.EMULATION_1315.equals(programme) ? "Phong trào thi đua 1315" : "Chương trình 387";
    }

    /** The line the report goes up: the state's or the association's. */
    public ReportChain chain() {
        return chain;
    }

    public ReportPeriod period() {
        return period;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ReportStatus status() {
        return status;
    }

    public boolean late() {
        return late;
    }

    public List<ReportLine> lines() {
        return lines;
    }

    public List<Completeness.Child> missingChildren() {
        return missingChildren;
    }

    public List<PastUnit> history() {
        return history;
    }

    public Instant compiledAt() {
        return compiledAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String sentBackReason() {
        return sentBackReason;
    }

    public int version() {
        return version;
    }
}
