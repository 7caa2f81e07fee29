package org.learningsociety.core.indicator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.indicator.IndicatorEntry.Entry;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanIndicator;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.unit.AdministrativeUnit;

/** The rules of entering an indicator's value, each a named policy a test can exercise alone. */
public final class IndicatorEntryPolicies {

    /** The longest note kept beside a value ({@code ls_indicator_value.note}). */
    public static final int MAX_NOTE = 2000;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private IndicatorEntryPolicies() {
    }

    /** A year is entered once it has begun: not a year still to come. */
    public static Outcome yearBegun(int year, LocalDate today) {
        return year > today.getYear()
                ? Outcome.rejected("year", year, "Chưa thể nhập số liệu năm " + year + ": năm này chưa bắt đầu")
                : Outcome.allowed();
    }

    /** The indicator is one of the plan in force for the unit. */
    public static Outcome inPlan(Optional<PlanIndicator> indicator, String code, Plan plan, AdministrativeUnit unit) {
        return indicator.isPresent() ? Outcome.allowed()
                : Outcome.rejected("indicator", code, "Kế hoạch " + plan.number() + " áp dụng cho " + unit.name()
                        + " không có chỉ tiêu " + code);
    }

    /**
     * The unit's level is the one the plan has enter the indicator: the level named for an entered
     * indicator, or for a computed citizen indicator the level whose totals stand where no member lists
     * are kept. A computed indicator without such a level, or one not measurable yet, is entered by no one.
     */
    public static Outcome enteredAtTheUnitsLevel(PlanIndicator indicator, AdministrativeUnit unit) {
        if (indicator.enteredBy() == null || indicator.source() == IndicatorSource.NOT_MEASURABLE) {
            String how = indicator.source() == IndicatorSource.NOT_MEASURABLE ? "chưa đo được"
                    : "được tính từ hồ sơ";
            return Outcome.rejected("indicator", indicator.code(), "Chỉ tiêu “" + name(indicator) + "” " + how
                    + ", không có đơn vị nào nhập số liệu");
        }
        if (!indicator.enteredAt(unit.level())) {
            return Outcome.rejected("unitCode", unit.code(), "Chỉ tiêu “" + name(indicator) + "” do cấp "
                    + indicator.enteredBy().vietnameseName().toLowerCase(VIETNAMESE) + " nhập; " + unit.name()
                    + " là cấp " + unit.level().vietnameseName().toLowerCase(VIETNAMESE));
        }
        return Outcome.allowed();
    }

    /**
     * A ratio is given as a numerator and a denominator, without a yes/no; a yes/no indicator as a
     * yes/no ({@code value}), without numbers.
     */
    public static Outcome answeredAsThePlanAsks(PlanIndicator indicator, Entry entry) {
        if (indicator.answer() == IndicatorAnswer.YES_NO) {
            if (entry.numerator() != null) {
                return Outcome.rejected("numerator", entry.numerator(), "Chỉ tiêu này trả lời có hoặc không, "
                        + "không nhập tử số");
            }
            if (entry.denominator() != null) {
                return Outcome.rejected("denominator", entry.denominator(), "Chỉ tiêu này trả lời có hoặc không, "
                        + "không nhập mẫu số");
            }
            if (entry.value() == null) {
                return Outcome.rejected("value", null, "Chỉ tiêu này trả lời có hoặc không: thiếu câu trả lời");
            }
            return Outcome.allowed();
        }
        if (entry.value() != null) {
            return Outcome.rejected("value", entry.value(), "Chỉ tiêu này nhập tử số và mẫu số, không trả lời "
                    + "có hoặc không");
        }
        if (entry.numerator() == null) {
            return Outcome.rejected("numerator", null, "Chỉ tiêu này nhập tử số và mẫu số: thiếu tử số");
        }
        if (entry.denominator() == null) {
            return Outcome.rejected("denominator", null, "Chỉ tiêu này nhập tử số và mẫu số: thiếu mẫu số");
        }
        return Outcome.allowed();
    }

    /** Counts are not negative, and the numerator counts some of the denominator: never more. */
    public static Outcome countsPossible(Long numerator, Long denominator) {
        if (numerator != null && numerator < 0) {
            return Outcome.rejected("numerator", numerator, "Tử số không được âm");
        }
        if (denominator != null && denominator < 0) {
            return Outcome.rejected("denominator", denominator, "Mẫu số không được âm");
        }
        if (numerator != null && denominator != null && numerator > denominator) {
            return Outcome.rejected("numerator", numerator, "Tử số (" + numerator + ") không được lớn hơn mẫu số ("
                    + denominator + ")");
        }
        return Outcome.allowed();
    }

    public static Outcome noteFits(String note) {
        return note != null && note.length() > MAX_NOTE
                ? Outcome.rejected("note", note.substring(0, 40) + "…", "Ghi chú dài quá " + MAX_NOTE + " ký tự")
                : Outcome.allowed();
    }

    /** A change names the version it was read at, if any, and that is still the stored one. */
    public static Outcome versionAsRead(Optional<IndicatorValue> stored, Integer versionRead) {
        int current = stored.map(IndicatorValue::version).orElse(0);
        return versionRead == null || versionRead == current ? Outcome.allowed()
                : Outcome.rejected("version", versionRead, "Số liệu đã được người khác nhập hoặc sửa (nay là phiên bản "
                        + current + "); hãy tải lại rồi nhập lại");
    }

    /**
     * A year's values are locked once a report of the unit covering that year as its last — the
     * yearly report, or the review of the phase ending that year — is approved: the level above sends
     * it back first, as DHIS2's data approval locks data.
     */
    public static Outcome notLockedByAnApprovedReport(Optional<Report> approved, AdministrativeUnit unit, int year) {
        return approved.map(report -> Outcome.rejected("year", year, "Số liệu năm " + year + " của " + unit.name()
                + " đã khoá vì " + title(report) + " đã được cấp trên duyệt; muốn sửa, cấp trên phải trả lại báo cáo "
                + "trước")).orElse(Outcome.allowed());
    }

    /** Whether {@code entry} says what {@code stored} holds already: then nothing changes. */
    static boolean sameAs(IndicatorValue stored, Entry entry) {
        return Objects.equals(stored.numerator(), entry.numerator())
                && Objects.equals(stored.denominator(), entry.denominator())
                && Objects.equals(stored.answer(), entry.value())
                && Objects.equals(stored.note(), entry.note());
    }

    private static String title(Report report) {
        return report.period().title().replaceFirst("^Báo cáo", "báo cáo");
    }

    private static String name(PlanIndicator indicator) {
        return indicator.name() == null ? indicator.code() : indicator.name();
    }
}
