package org.learningsociety.core.report;

import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Years;

/**
 * What a report covers: a year ({@code 2025}) or a phase ({@code 2021-2025}, {@code 2021-2030}). A
 * phase is reported against the targets of its last year.
 */
public record ReportPeriod(int fromYear, int toYear) {

    public ReportPeriod {
        if (fromYear < Years.FIRST || toYear > Years.LAST) {
            throw new InvalidInputException("period", toYear == fromYear ? fromYear : fromYear + "-" + toYear,
                    "Kỳ báo cáo phải nằm trong các năm " + Years.FIRST + "–" + Years.LAST);
        }
        if (toYear < fromYear) {
            throw new InvalidInputException("period", fromYear + "-" + toYear, "Năm kết thúc trước năm bắt đầu");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, year);
    }

    public static ReportPeriod phase(int fromYear, int toYear) {
        return new ReportPeriod(fromYear, toYear);
    }

    /** The period written as {@link #code()} writes it: {@code 2025} or {@code 2021-2025}. */
    public static ReportPeriod parse(String code) {
        try {
            String[] parts = code.strip().split("-");
            if (parts.length == 1) {
                return year(Integer.parseInt(parts[0]));
            }
            if (parts.length == 2) {
                return phase(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        throw new InvalidInputException("period", code, "Kỳ báo cáo phải là một năm (2025) hoặc một giai đoạn (2021-2025)");
    }

    public boolean isYear() {
        return fromYear == toYear;
    }

    /** The year whose targets the report is measured against. */
    public int targetYear() {
        return toYear;
    }

    public boolean contains(int year) {
        return year >= fromYear && year <= toYear;
    }

    /** The kind of the plans' milestones that date this report: YEARLY_REPORT, REVIEW_2025, REVIEW_2030. */
    public String milestoneKind() {
        return isYear() ? "YEARLY_REPORT" : "REVIEW_" + toYear;
    }

    public String code() {
        return isYear() ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }

    /** As an officer reads it: "năm 2025", "giai đoạn 2021–2025". */
    public String vietnameseName() {
        return isYear() ? "năm " + fromYear : "giai đoạn " + fromYear + "–" + toYear;
    }

    /** The report's title: "Báo cáo kết quả … năm 2025", "Báo cáo sơ kết …", "Báo cáo tổng kết …". */
    public String title() {
        if (isYear()) {
            return "Báo cáo kết quả xây dựng xã hội học tập " + vietnameseName();
        }
        String kind = toYear - fromYear >= 9 ? "tổng kết" : "sơ kết";
        return "Báo cáo " + kind + " " + (toYear - fromYear + 1) + " năm xây dựng xã hội học tập " + vietnameseName();
    }

    @Override
    public String toString() {
        return code();
    }
}
