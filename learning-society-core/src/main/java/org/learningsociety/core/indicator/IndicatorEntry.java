package org.learningsociety.core.indicator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.report.Reports;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * A unit enters the value of one indicator of its plan for a year: a numerator and a denominator, or
 * yes/no, with a note ({@link IndicatorEntryPolicies} lists the rules). Every change is written to the
 * audit trail with who, when, before and after, in the change's transaction. A value that says what
 * is stored already changes nothing (and is no change of a locked year).
 */
public class IndicatorEntry {

    private final IndicatorValues values;
    private final ReportLocks locks;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Clock clock;

    public IndicatorEntry(IndicatorValues values, Reports reports, UnitDirectory units, PlanDirectory plans,
            AuditTrail audit, Transactions transactions, CurrentActor actor, Clock clock) {
        this.values = Objects.requireNonNull(values);
        this.locks = new ReportLocks(reports);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One value as a unit enters it.
     *
     * @param unitCode the unit's code as it stood in the year (on its last day, or today for this year)
     * @param value the yes/no of a {@code YES_NO} indicator; {@code null} for a ratio
     * @param version the version the value was read at, to refuse a change made meanwhile by someone else;
     *     {@code null} to write over whatever is stored
     */
    public record Entry(String unitCode, int year, String indicator, Long numerator, Long denominator, Boolean value,
            String note, Integer version) {

        public Entry {
            unitCode = unitCode == null ? null : unitCode.strip();
            indicator = indicator == null ? null : indicator.strip();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /** Enters {@code entry} as the current actor. */
    public IndicatorValue enter(Entry entry) {
        return enter(entry, actor.get());
    }

    /**
     * Enters {@code entry} as {@code by} (a task's officer, where the host's security does not know the
     * user). Answers the value as stored.
     */
    public IndicatorValue enter(Entry entry, Actor by) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(by, "by");
        if (entry.unitCode() == null || entry.unitCode().isEmpty()) {
            throw new InvalidInputException("unitCode", entry.unitCode(), "Mã đơn vị là bắt buộc");
        }
        if (entry.indicator() == null || entry.indicator().isEmpty()) {
            throw new InvalidInputException("indicator", entry.indicator(), "Mã chỉ tiêu là bắt buộc");
        }
        Years.require("year", entry.year());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            IndicatorEntryPolicies.yearBegun(entry.year(), LocalDate.now(clock)).orThrow();
            LocalDate on = dayOf(entry.year(), clock);
            AdministrativeUnit unit = units.unitOn(entry.unitCode(), on);
            Plan plan = plans.planFor(unit, entry.year(), on);
            Optional<PlanIndicator> found = plan.indicators().stream()
                    .filter(i -> i.code().equals(entry.indicator())).findFirst();
            IndicatorEntryPolicies.inPlan(found, entry.indicator(), plan, unit).orThrow();
            PlanIndicator indicator = found.orElseThrow();
            IndicatorEntryPolicies.enteredAtTheUnitsLevel(indicator, unit).orThrow();
            IndicatorEntryPolicies.answeredAsThePlanAsks(indicator, entry).orThrow();
            IndicatorEntryPolicies.countsPossible(entry.numerator(), entry.denominator()).orThrow();
            IndicatorEntryPolicies.noteFits(entry.note()).orThrow();

            Optional<IndicatorValue> stored = values.find(unit.id(), entry.year(), indicator.code());
            conflict(ConflictException.Kind.CONCURRENT_CHANGE,
                    IndicatorEntryPolicies.versionAsRead(stored, entry.version()));
            if (stored.isPresent() && IndicatorEntryPolicies.sameAs(stored.get(), entry)) {
                return stored.get();
            }
            conflict(ConflictException.Kind.STATE_CONFLICT, IndicatorEntryPolicies.notLockedByAnApprovedReport(
                    locks.approvedReport(unit.id(), entry.year(), plan), unit, entry.year()));

            IndicatorValue saved = values.save(new IndicatorValue(unit.id(), entry.year(), indicator.code(),
                    entry.numerator(), entry.denominator(), entry.value(), entry.note(), by.name(), now,
                    stored.map(IndicatorValue::version).orElse(0)));
            long auditId = values.auditId(unit.id(), entry.year(), indicator.code()).orElseThrow();
            audit.append(AuditRecord.of(Audited.INDICATOR_VALUE, auditId, stored.isPresent()
                            ? AuditAction.INDICATOR_VALUE_CHANGED : AuditAction.INDICATOR_VALUE_ENTERED, by, now,
                    stored.map(v -> text(unit, v)).orElse(null), text(unit, saved), null));
            return saved;
        });
    }

    /**
     * The day a year's units are taken on: its last day, or today while the year runs — as the reports
     * take them, so that the values are the units' a report of the year rolls up.
     */
    static LocalDate dayOf(int year, Clock clock) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return endOfYear.isAfter(today) ? today : endOfYear;
    }

    /** A value as the audit trail keeps it: {@code 10507 2025 CODE: 9/12 (ghi chú: …)}, or "có"/"không". */
    static String text(AdministrativeUnit unit, IndicatorValue value) {
        String answer = value.answer() != null ? (value.answer() ? "có" : "không")
                : value.numerator() + "/" + value.denominator();
        return unit.code() + " " + value.year() + " " + value.indicator() + ": " + answer
                + (value.note() == null ? "" : " (ghi chú: " + value.note() + ")");
    }

    private static void conflict(ConflictException.Kind kind, Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new ConflictException(kind, rejected.field(), rejected.value(), rejected.reason());
        }
    }
}
