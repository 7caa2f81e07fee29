package org.learningsociety.core.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.learningsociety.core.plan.IndicatorAnswer;
import org.learningsociety.core.plan.IndicatorSource;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The plan's table of indicators for a unit and a period, as a report carries it: every indicator
 * of the plan in force for the unit, with the plan's wording, its target (stated or derived, with the
 * explanation), the actual value with its numerator and denominator, the gap, where the value comes
 * from, and the same for each child unit. A review (a phase) is measured on the phase's last year and
 * shows each year of the phase besides.
 *
 * @param measuredYear the year the actual values are of: the year, or the phase's last year
 */
public record IndicatorTable(String unitCode, String unitName, UnitLevel level, String period, String periodName,
        int measuredYear, String planId, String planNumber, String planTitle, List<Row> rows) {

    public IndicatorTable {
        rows = List.copyOf(rows);
    }

    /** How a value was measured where it was. */
    public enum Measured {
        /** From the records (titles recognised; members of recognised groups). */
        COMPUTED("Tính từ hồ sơ"),
        /** From values the units entered. */
        ENTERED("Đơn vị nhập"),
        /** Computed in some units, entered in others. */
        MIXED("Tính từ hồ sơ và đơn vị nhập"),
        /** Measurable, but no unit has data for it yet. */
        NO_DATA("Chưa có số liệu"),
        /** The library cannot measure the indicator yet. */
        NOT_MEASURABLE("Chưa đo được");

        private final String vietnameseName;

        Measured(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    /**
     * A target as the plan gives it for the unit and year.
     *
     * @param derived whether the plan states no value for the year and this one follows its rule
     * @param explanation the plan's own words, or how the value was derived
     */
    public record Target(BigDecimal value, boolean derived, String explanation) { }

    /**
     * An actual value.
     *
     * @param numerator the summed numerators (for yes/no: the units answering yes), {@code null} without data
     * @param denominator the summed denominators (for yes/no: the units answering), {@code null} without data
     * @param value the numerator as a percentage of the denominator, {@code null} without data
     * @param unitsWithData how many units of the entering level have a value (computed or entered);
     *     for a model's rate, the units with subjects on record
     * @param unitsExpected how many units of the entering level there are beneath (and including) the unit
     */
    public record Actual(Long numerator, Long denominator, BigDecimal value, Measured measured, int unitsWithData,
            int unitsExpected) {

        public static Actual notMeasurable() {
            return new Actual(null, null, null, Measured.NOT_MEASURABLE, 0, 0);
        }
    }

    /** The indicator's values for one child unit. */
    public record ChildCell(String unitCode, String unitName, Target target, Actual actual, BigDecimal gap) { }

    /** The unit's value in one year of a phase (a review shows each). */
    public record YearCell(int year, Target target, Actual actual, BigDecimal gap) { }

    /**
     * One indicator of the plan.
     *
     * @param denominator the plan's denominator in words
     * @param enteredBy the level that enters its values, {@code null} when none does
     * @param gap target minus actual in percentage points (positive: still short), {@code null} when either is missing
     * @param years each year of the phase for a review, empty for a year's report
     */
    public record Row(String code, String name, String denominator, IndicatorSource source, IndicatorAnswer answer,
            UnitLevel enteredBy, Target target, Actual actual, BigDecimal gap, List<ChildCell> children,
            List<YearCell> years) {

        public Row {
            children = List.copyOf(children);
            years = List.copyOf(years);
        }
    }

    /** The row of indicator {@code code}. */
    public java.util.Optional<Row> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Target minus actual in percentage points, {@code null} when either is missing. */
    static BigDecimal gap(Target target, Actual actual) {
        return target == null || actual.value() == null ? null : target.value().subtract(actual.value());
    }
}
