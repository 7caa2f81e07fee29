package org.learningsociety.workflow.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The values a unit enters for the indicators its plan has it enter (a numerator and a denominator, or
 * yes/no, per year), as DHIS2's data sets: entered one at a time, listed for a unit and its children
 * with whether an approved report locks them, and each value's audited history.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/indicator-values")
public class IndicatorValuesController {

    private final IndicatorEntry entry;
    private final IndicatorSheets sheets;
    private final UnitAccess access;

    public IndicatorValuesController(IndicatorEntry entry, IndicatorSheets sheets, UnitAccess access) {
        this.entry = Objects.requireNonNull(entry);
        this.sheets = Objects.requireNonNull(sheets);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * A value to enter.
     *
     * @param numerator with {@code denominator}, for an indicator answered as a ratio: a whole number
     * @param value yes or no, for an indicator answered so ({@code YES_NO}); {@code null} for a ratio
     * @param version the version the value was read at: a change made meanwhile is refused (409);
     *     {@code null} writes over whatever is stored
     */
    public record IndicatorValueEntry(String unitCode, Integer year, String indicator, BigDecimal numerator,
            BigDecimal denominator, Boolean value, String note, Integer version) { }

    /**
     * One indicator a unit enters for the year, and what it entered.
     *
     * @param denominatorMeaning the plan's denominator in words: what 100% is
     * @param entered whether the unit has entered a value (else the value's fields are {@code null})
     * @param value the yes/no of a {@code YES_NO} indicator
     * @param percent the numerator over the denominator (yes 100, no 0), to two places
     * @param locked whether an approved report of the unit covering the year locks the value
     */
    public record IndicatorValueView(String unitCode, String unitName, UnitLevel unitLevel, int year,
            String indicator, String indicatorName, IndicatorSource source, IndicatorAnswer answer,
            String denominatorMeaning, boolean entered, Long numerator, Long denominator, Boolean value,
            BigDecimal percent, String note, String enteredBy, Instant enteredAt, int version, boolean locked) { }

    /** What a unit and its children enter for a year: the unit's own values first, then each child's. */
    public record IndicatorValueSheet(String unit, String unitName, int year, List<IndicatorValueView> values) { }

    /**
     * One change of a value.
     *
     * @param actionName the action in Vietnamese
     * @param before the value before as text, {@code null} for its first entry
     */
    public record IndicatorValueChange(AuditAction action, String actionName, String actor, Instant at, String before,
            String after) { }

    public record IndicatorValueHistory(String unit, int year, String indicator, List<IndicatorValueChange> changes) { }

    /**
     * Enters the value of one indicator for a unit and year, or changes it. A ratio indicator takes
     * {@code numerator} and {@code denominator} (whole, not negative, the numerator not above the
     * denominator), a yes/no one {@code value}. The indicator must be one the plan in force for the unit
     * has the unit's level enter, the year begun and within the plan (400 naming the field otherwise).
     * Once the unit's report covering the year is approved the value is locked (409) until the level
     * above sends the report back. Answers 200 with the value as stored, on the first entry as on a
     * change: a {@code PUT} to the one address of all values, its version telling the two apart.
     */
    @LibraryAction(Action.ENTER_INDICATOR_VALUES)
    @PutMapping
    public IndicatorValueView enter(@RequestBody IndicatorValueEntry body) {
        if (body.unitCode() == null || body.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", body.unitCode(), "Mã đơn vị là bắt buộc");
        }
        if (body.year() == null) {
            throw new InvalidInputException("year", null, "Năm là bắt buộc");
        }
        if (body.indicator() == null || body.indicator().isBlank()) {
            throw new InvalidInputException("indicator", body.indicator(), "Mã chỉ tiêu là bắt buộc");
        }
        String unitCode = body.unitCode().strip();
        access.requireAccess(unitCode, sheets.dayOf(body.year()));
        IndicatorValue stored = entry.enter(new IndicatorEntry.Entry(unitCode, body.year(), body.indicator(),
                count("numerator", body.numerator()), count("denominator", body.denominator()), body.value(),
                body.note(), body.version()));
        return sheets.of(unitCode, body.year()).stream()
                .filter(line -> line.indicator().code().equals(stored.indicator())).findFirst()
                .map(IndicatorValuesController::view).orElseThrow();
    }

    /**
     * The values a unit and its children enter for a year. Every indicator each of them enters under its
     * plan in force, with the value stored or none yet ({@code entered}), the plan's wording and
     * denominator, and whether an approved report locks it; the unit's own first, then its children's
     * by code.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public IndicatorValueSheet sheet(@RequestParam String unit, @RequestParam int year) {
        access.requireAccess(unit, sheets.dayOf(year));
        IndicatorSheets.Sheet sheet = sheets.ofUnitAndChildren(unit, year);
        return new IndicatorValueSheet(sheet.unit().code(), sheet.unit().name(), year,
                sheet.lines().stream().map(IndicatorValuesController::view).toList());
    }

    /**
     * The history of one value: each entry and change with who made it, when, and the value before and
     * after, oldest first; empty before its first entry.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/history")
    public IndicatorValueHistory history(@RequestParam String unit, @RequestParam int year,
            @RequestParam String indicator) {
        access.requireAccess(unit, sheets.dayOf(year));
        return new IndicatorValueHistory(unit, year, indicator, sheets.history(unit, year, indicator).stream()
                .map(r -> new IndicatorValueChange(r.action(), r.action().vietnameseName(), r.actor(), r.at(),
                        r.before(), r.after())).toList());
    }

    private static Long count(String field, BigDecimal number) {
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, number.toPlainString(), (field.equals("numerator") ? "Tử số"
                    : "Mẫu số") + " phải là một số nguyên");
        }
    }

    static IndicatorValueView view(IndicatorSheets.Line line) {
        IndicatorValue v = line.value();
        return new IndicatorValueView(line.unit().code(), line.unit().name(), line.unit().level(),
                line.year(), line.indicator().code(), line.indicator().name(),
                line.indicator().source(), line.indicator().answer(), line.indicator().denominator(), v != null,
                v == null ? null : v.numerator(), v == null ? null : v.denominator(), v == null ? null : v.answer(),
                v == null ? null : v.ratio().percent(), v == null ? null : v.note(), v == null ? null : v.enteredBy(),
                v == null ? null : v.enteredAt(), v == null ? 0 : v.version(), line.locked());
    }
}
