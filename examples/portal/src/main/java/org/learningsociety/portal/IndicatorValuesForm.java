package org.learningsociety.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;
import org.learningsociety.workflow.api.Action;

/**
 * The page on which a commune's officer enters the values of the indicators the commune's plan has it
 * enter for a year: each filled in with what is stored, edited and saved as one form. Each value the
 * officer changed goes through {@link IndicatorEntry}; a refusal is shown beside its indicator in
 * Vietnamese, with what the officer typed kept.
 */
public class IndicatorValuesForm {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final IndicatorSheets sheets;
    private final IndicatorEntry entry;
    private final UnitAccess access;
    private final Clock clock;

    IndicatorValuesForm(IndicatorSheets sheets, IndicatorEntry entry, UnitAccess access, Clock clock) {
        this.sheets = Objects.requireNonNull(sheets);
        this.entry = Objects.requireNonNull(entry);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One indicator on the page: what the plan says, what is stored or was typed, and the refusal.
     *
     * @param yesNo whether it is answered yes or no (else by a numerator and a denominator)
     * @param answer {@code "yes"}, {@code "no"} or empty
     * @param entered who entered the stored value and when, or empty
     * @param error why the value typed was not saved; {@code null} when it was, or nothing was typed
     * @param errorField the field the refusal names ({@code numerator}, {@code denominator}, {@code value}…)
     */
    public record Row(String code, String name, String denominatorMeaning, String how, boolean yesNo,
            String numerator, String denominator, String answer, String note, int version, String percent,
            String entered, boolean locked, String error, String errorField) { }

    /**
     * The page for a unit and year: its rows, or why there are none.
     *
     * @param refusal why the unit's values cannot be shown; {@code null} when they can
     * @param saved how many values the last save stored, {@code null} when nothing was saved
     */
    public record Page(String unitCode, String unitName, int year, List<Row> rows, String refusal, Integer saved) {

        public boolean anyError() {
            return rows.stream().anyMatch(r -> r.error() != null);
        }

        public boolean anyOpen() {
            return rows.stream().anyMatch(r -> !r.locked());
        }
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The unit's rows as stored. */
    Page page(String unitCode, int year, Integer saved) {
        try {
            access.requireAccess(unitCode, sheets.dayOf(year));
            List<IndicatorSheets.Line> lines = sheets.of(unitCode, year);
            String name = lines.isEmpty() ? unitCode : lines.get(0).unit().name();
            return new Page(unitCode, name, year, lines.stream().map(line -> row(line, null, null, null)).toList(), null,
                    saved);
        } catch (OutOfScopeException e) {
            return new Page(unitCode, unitCode, year, List.of(), "Tài khoản của bạn không được xem, nhập số liệu của "
                    + "đơn vị " + unitCode + ".", null);
        } catch (LearningSocietyException e) {
            return new Page(unitCode, unitCode, year, List.of(), message(e), null);
        }
    }

    /**
     * Saves what the officer typed: each row whose fields differ from what is stored goes through
     * {@link IndicatorEntry} under the version the page showed. Answers the page as stored when every
     * change was saved, else with the typed values and the refusals.
     */
    Page save(String unitCode, int year, Map<String, String> form) {
        Page shown = page(unitCode, year, null);
        if (shown.refusal() != null) {
            return shown;
        }
        try {
            access.requireAccess(unitCode, sheets.dayOf(year), Action.ENTER_INDICATOR_VALUES);
        } catch (OutOfScopeException e) {
            return new Page(unitCode, shown.unitName(), year, shown.rows(), "Tài khoản của bạn không được nhập số liệu của "
                    + "đơn vị " + unitCode + ": " + e.getMessage(), null);
        }
        int saved = 0;
        List<Row> rows = new ArrayList<>();
        boolean refused = false;
        for (IndicatorSheets.Line line : sheets.of(unitCode, year)) {
            String code = line.indicator().code();
            Typed typed = new Typed(form.getOrDefault("numerator_" + code, ""), form.getOrDefault("denominator_" + code, ""),
                    form.getOrDefault("answer_" + code, ""), form.getOrDefault("note_" + code, ""),
                    form.getOrDefault("version_" + code, "0"));
            if (line.locked() || typed.sameAs(line.value())) {
                rows.add(row(line, null, null, null));
                continue;
            }
            try {
                entry.enter(new IndicatorEntry.Entry(unitCode, year, code, typed.count("numerator", typed.numerator()),
                        typed.count("denominator", typed.denominator()), typed.yesNo(), typed.note(), typed.version()));
                saved++;
                rows.add(null);
            } catch (LearningSocietyException e) {
                refused = true;
                rows.add(row(line, typed, message(e), e instanceof InvalidInputException invalid ? invalid.field() : null));
            }
        }
        Page stored = page(unitCode, year, saved);
        if (!refused) {
            return stored;
        }
        List<Row> merged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            merged.add(rows.get(i) != null ? rows.get(i) : stored.rows().get(i));
        }
        return new Page(stored.unitCode(), stored.unitName(), year, merged, null, saved);
    }

    /** What the officer typed in one row. */
    private record Typed(String numerator, String denominator, String answer, String noteText, String versionText) {

        Boolean yesNo() {
            return answer.isBlank() ? null : "yes".equals(answer);
        }

        String note() {
            return noteText.isBlank() ? null : noteText.strip();
        }

        Integer version() {
            try {
                return Integer.valueOf(versionText.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        Long count(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(" ", "")).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new InvalidInputException(field, text, (field.equals("numerator") ? "Tử số" : "Mẫu số")
                        + " phải là một số nguyên");
            }
        }

        /** Whether the row says what is stored (nothing typed where nothing is stored, too). */
        boolean sameAs(IndicatorValue stored) {
            if (stored == null) {
                return numerator.isBlank() && denominator.isBlank() && answer.isBlank() && noteText.isBlank();
            }
            return numerator.strip().equals(text(stored.numerator())) && denominator.strip().equals(text(stored.denominator()))
                    && answer.equals(stored.answer() == null ? "" : stored.answer() ? "yes" : "no")
                    && noteText.strip().equals(stored.note() == null ? "" : stored.note());
        }
    }

    private static Row row(IndicatorSheets.Line line, Typed typed, String error, String errorField) {
        IndicatorValue v = line.value();
        boolean citizen = line.indicator().source() == IndicatorSource.COMPUTED;
        String how = citizen ? "Tính từ danh sách thành viên; nhập tổng số nếu đơn vị không quản lý danh sách"
                : line.indicator().source().vietnameseName();
        String entered = v == null ? "" : v.enteredBy() + ", " + WHEN.format(v.enteredAt().atZone(VIETNAM));
        BigDecimal percent = v == null ? null : v.ratio().percent();
        return new Row(line.indicator().code(), line.indicator().name(), line.indicator().denominator(), how,
                line.indicator().answer() == IndicatorAnswer.YES_NO,
                typed != null ? typed.numerator() : v == null ? "" : text(v.numerator()),
                typed != null ? typed.denominator() : v == null ? "" : text(v.denominator()),
                typed != null ? typed.answer() : v == null || v.answer() == null ? "" : v.answer() ? "yes" : "no",
                typed != null ? typed.noteText() : v == null || v.note() == null ? "" : v.note(),
                v == null ? 0 : v.version(), percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%",
                entered, line.locked(), error, errorField);
    }

    private static String text(Long number) {
        return number == null ? "" : number.toString();
    }

    /** The refusal without the programs' "(trường: …, giá trị: …)" tail. */
    private static String message(LearningSocietyException e) {
        String message = e.getMessage();
        int tail = message.lastIndexOf(" (trường: ");
        return tail > 0 ? message.substring(0, tail) : message;
    }

    /** The form's fields by name, one value each. */
    static Map<String, String> fields(Map<String, String[]> parameters) {
        Map<String, String> fields = new LinkedHashMap<>();
        parameters.forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return fields;
    }
}
