package org.learningsociety.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.core.report.ReportEvent.ReportApproved;
import org.learningsociety.core.report.ReportEvent.ReportSentBack;
import org.learningsociety.core.report.ReportEvent.ReportSubmitted;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Compiles a level's report from attainment, sends it up, and lets the level above approve it or
 * send it back; records it missing when its deadline passes; answers which children have reported.
 * A report is of a programme ({@code PROGRAMME_387} or {@code EMULATION_1315}), whose plans alone date
 * it; the operations that name none are Programme 387's. It goes up a chain, the state's or the
 * association's ({@link ReportChain}), each dated by its own milestones; the operations that name none
 * take the unit's leading chain ({@link #leadingChain}).
 */
public class ReportService {

    private final Reports reports;
    private final AttainmentService attainment;
    private final UnitDirectory units;
    private final PastUnits pastUnits;
    private final ReportDeadlines deadlines;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;

    public ReportService(Reports reports, AttainmentService attainment, UnitDirectory units,
            AdministrativeUnits unitHistory, ReportDeadlines deadlines, Transactions transactions, DomainEvents events,
            Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.attainment = Objects.requireNonNull(attainment);
        this.units = Objects.requireNonNull(units);
        this.pastUnits = new PastUnits(units, unitHistory);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.transactions = Objects.requireNonNull(transactions);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The date the hierarchy of a report of {@code period} is taken on (after the reform for 2021–2025 read in 2026). */
    public LocalDate reportDate(ReportPeriod period) {
        return attainment.reportDate(period.targetYear());
    }

    /** Compiles (or compiles again) the Programme 387 report of {@code unitCode} for {@code period}. */
    public Report compile(String unitCode, ReportPeriod period, List<LearningModel> models) {
        return compile(unitCode, Plan.PROGRAMME_387, period, models);
    }

    /**
     * Compiles (or compiles again) the report of {@code unitCode} for {@code programme} and
     * {@code period} with a row per model for the unit and for each child unit, the children not yet
     * reported, and the past units of its area; due as that programme's plans date it.
     */
    public Report compile(String unitCode, String programme, ReportPeriod period, List<LearningModel> models) {
        return compile(unitCode, programme, leadingChain(unitCode, programme, period), period, models);
    }

    /**
     * The chain a unit's report goes up when the caller names none: the first the plans date it in, the
     * state's before the association's; the state's when they date none (what every report was before
     * plans named chains).
     */
    public ReportChain leadingChain(String unitCode, String programme, ReportPeriod period) {
        List<ReportChain> dated = chains(unitCode, programme, period);
        return dated.isEmpty() ? ReportChain.STATE : dated.get(0);
    }

    /** The chains the plans in force date {@code unitCode}'s report of {@code programme} for {@code period} in. */
    public List<ReportChain> chains(String unitCode, String programme, ReportPeriod period) {
        LocalDate on = reportDate(period);
        return deadlines.chainsDating(units.unitOn(unitCode, on), Plan.programme(programme), period, on);
    }

    /** The body {@code unitCode}'s report of {@code chain} goes to, as the plans name it. */
    public Optional<String> recipient(String unitCode, String programme, ReportChain chain, ReportPeriod period) {
        LocalDate on = reportDate(period);
        return deadlines.recipientFor(units.unitOn(unitCode, on), Plan.programme(programme), chain, period, on);
    }

    /** The last day {@code unitCode}'s report of {@code chain} is on time, as the plans date it. */
    public Optional<LocalDate> deadline(String unitCode, String programme, ReportChain chain, ReportPeriod period) {
        LocalDate on = reportDate(period);
        return deadlines.dueFor(units.unitOn(unitCode, on), Plan.programme(programme), chain, period, on);
    }

    /**
     * Compiles (or compiles again) the report of {@code chain} of {@code unitCode} for {@code programme}
     * and {@code period}; due as that programme's milestones of that chain date it.
     */
    public Report compile(String unitCode, String programme, ReportChain chain, ReportPeriod period,
            List<LearningModel> models) {
        String named = Plan.programme(programme);
        Objects.requireNonNull(chain, "chain");
        return transactions.inTransaction(() -> {
            LocalDate on = reportDate(period);
            AdministrativeUnit unit = units.unitOn(unitCode, on);
            List<ReportLine> lines = new ArrayList<>();
            for (LearningModel model : models) {
                Attainment a = attainment.attainment(unitCode, period.targetYear(), model);
                lines.add(line(a));
                a.children().stream().filter(c -> c.unit().level() != UnitLevel.VILLAGE || unit.level() == UnitLevel.COMMUNE)
                        .forEach(c -> lines.add(line(c)));
            }
            Completeness children = completeness(unit, named, chain, period, on);
            List<PastUnit> history = pastUnits.of(unit, period, on);
            Optional<Report> existing = reports.find(unit.id(), named, chain, period);
            if (existing.isPresent()) {
                Report report = existing.get();
                report.recompile(lines, children.missing(), history, clock.instant());
                reports.update(report);
                return reports.findById(report.id()).orElseThrow();
            }
            Report report = Report.compile(reports.nextId(), unit.id(), unit.code(), unit.name(), unit.level(),
                    unit.parent(), named, chain, period, deadlines.dueFor(unit, named, chain, period, on).orElse(null),
                    lines,
                    children.missing(), history, clock.instant());
            reports.add(report);
            return report;
        });
    }

    /** Sends the report up: once the children have reported, or after their deadline with the missing listed. */
    public ReportSubmitted submit(ReportId id) {
        ReportSubmitted submitted = transactions.inTransaction(() -> {
            Report report = report(id);
            LocalDate on = reportDate(report.period());
            AdministrativeUnit unit = units.unitOn(report.unit(), on);
            Completeness children = completeness(unit, report.programme(), report.chain(), report.period(), on);
            ReportPolicies.childrenReported(children, LocalDate.now(clock)).orThrow();
            ReportSubmitted event = report.submit(children.missing(), clock.instant(), clock.getZone());
            reports.update(report);
            events.publish(List.of(event));
            return event;
        });
        return submitted;
    }

    public ReportApproved approve(ReportId id, String approvedBy) {
        ReportApproved approved = transactions.inTransaction(() -> {
            Report report = report(id);
            ReportApproved event = report.approve(approvedBy, clock.instant());
            reports.update(report);
            events.publish(List.of(event));
            return event;
        });
        return approved;
    }

    public ReportSentBack sendBack(ReportId id, String sentBackBy, String reason) {
        ReportSentBack sentBack = transactions.inTransaction(() -> {
            Report report = report(id);
            ReportSentBack event = report.sendBack(sentBackBy, reason, clock.instant());
            reports.update(report);
            events.publish(List.of(event));
            return event;
        });
        return sentBack;
    }

    /** The deadline of {@code unitCode}'s Programme 387 report passed. */
    public Report deadlinePassed(String unitCode, ReportPeriod period) {
        return deadlinePassed(unitCode, Plan.PROGRAMME_387, period);
    }

    /**
     * The deadline of {@code unitCode}'s report of {@code programme} passed: a draft, or a report never
     * compiled, is recorded missing. A report already sent is left as it is.
     */
    public Report deadlinePassed(String unitCode, String programme, ReportPeriod period) {
        return deadlinePassed(unitCode, programme, leadingChain(unitCode, programme, period), period);
    }

    /** The deadline of {@code unitCode}'s report of {@code programme} and {@code chain} passed. */
    public Report deadlinePassed(String unitCode, String programme, ReportChain chain, ReportPeriod period) {
        String named = Plan.programme(programme);
        List<DomainEvent> raised = new ArrayList<>();
        Report result = transactions.inTransaction(() -> {
            LocalDate on = reportDate(period);
            AdministrativeUnit unit = units.unitOn(unitCode, on);
            Optional<Report> existing = reports.find(unit.id(), named, chain, period);
            if (existing.isEmpty()) {
                Report.Missed missed = Report.missing(reports.nextId(), unit.id(), unit.code(), unit.name(),
                        unit.level(), unit.parent(), named, chain, period,
                        deadlines.dueFor(unit, named, chain, period, on).orElse(null), clock.instant());
                reports.add(missed.report());
                raised.add(missed.event());
                events.publish(raised);
                return missed.report();
            }
            Report report = existing.get();
            report.deadlinePassed(clock.instant()).ifPresent(event -> {
                reports.update(report);
                raised.add(event);
            });
            events.publish(raised);
            return reports.findById(report.id()).orElseThrow();
        });
        return result;
    }

    public Report report(ReportId id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("reportId", id, "Không có báo cáo này"));
    }

    /** The Programme 387 report of {@code unitCode} for {@code period}, once compiled. */
    public Optional<Report> find(String unitCode, ReportPeriod period) {
        return find(unitCode, Plan.PROGRAMME_387, period);
    }

    /** The report of {@code unitCode} for {@code programme} and {@code period}, once compiled. */
    public Optional<Report> find(String unitCode, String programme, ReportPeriod period) {
        return find(unitCode, programme, leadingChain(unitCode, programme, period), period);
    }

    /** The report of {@code chain} of {@code unitCode} for {@code programme} and {@code period}, once compiled. */
    public Optional<Report> find(String unitCode, String programme, ReportChain chain, ReportPeriod period) {
        AdministrativeUnit unit = units.unitOn(unitCode, reportDate(period));
        return reports.find(unit.id(), Plan.programme(programme), chain, period);
    }

    /** Which child units of {@code unitCode} have sent their Programme 387 report for {@code period}. */
    public Completeness completeness(String unitCode, ReportPeriod period) {
        return completeness(unitCode, Plan.PROGRAMME_387, period);
    }

    /** Which child units of {@code unitCode} have sent their report of {@code programme} for {@code period}. */
    public Completeness completeness(String unitCode, String programme, ReportPeriod period) {
        return completeness(unitCode, programme, leadingChain(unitCode, programme, period), period);
    }

    /** Which child units of {@code unitCode} have sent their report of {@code programme} up {@code chain}. */
    public Completeness completeness(String unitCode, String programme, ReportChain chain, ReportPeriod period) {
        LocalDate on = reportDate(period);
        return completeness(units.unitOn(unitCode, on), Plan.programme(programme), chain, period, on);
    }

    private Completeness completeness(AdministrativeUnit unit, String programme, ReportChain chain,
            ReportPeriod period, LocalDate on) {
        List<AdministrativeUnit> reporting = units.childrenOf(unit, on).stream()
                .filter(c -> c.level() != UnitLevel.VILLAGE).toList();
        Map<UnitId, Report> byUnit = new HashMap<>();
        reports.findByUnits(reporting.stream().map(AdministrativeUnit::id).toList(), programme, chain, period)
                .forEach(r -> byUnit.put(r.unit(), r));
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = null;
        List<Completeness.Child> children = new ArrayList<>();
        for (AdministrativeUnit child : reporting) {
            LocalDate due = deadlines.dueFor(child, programme, chain, period, on).orElse(null);
            if (due != null && (latest == null || due.isAfter(latest))) {
                latest = due;
            }
            Report report = byUnit.get(child.id());
            Timeliness timeliness = report != null ? report.timeliness(today)
                    : due != null && today.isAfter(due) ? Timeliness.MISSING : Timeliness.PENDING;
            children.add(new Completeness.Child(child.code(), child.name(), report == null ? null : report.status(),
                    timeliness));
        }
        LocalDate childrenDue = latest != null ? latest
                : deadlines.dueFor(unit, programme, chain, period, on).orElse(null);
        return new Completeness(unit.code(), period, childrenDue, children);
    }

    private static ReportLine line(Attainment a) {
        return new ReportLine(a.unit().code(), a.unit().name(), a.model(), a.subjects(), a.registered(), a.recognised(),
                a.rate(), a.target() == null ? null : a.target().value(), a.target() != null && a.target().isDerived(),
                a.gap(), a.unassigned());
    }
}
