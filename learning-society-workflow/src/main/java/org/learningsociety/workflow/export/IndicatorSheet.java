package org.learningsociety.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.indicator.IndicatorTable.Actual;
import org.learningsociety.core.indicator.IndicatorTable.ChildCell;
import org.learningsociety.core.indicator.IndicatorTable.Target;
import org.learningsociety.core.indicator.IndicatorTable.YearCell;
import org.learningsociety.core.plan.IndicatorAnswer;

/**
 * Lays the plan's table of indicators out as officials submit it: for each indicator of the plan,
 * a row with the unit's target, actual (with its numerator and denominator), gap and source, then a
 * row per child unit; for a review, a second table with each year of the phase, target beside actual.
 */
public final class IndicatorSheet {

    public static final String SHEET = "Chỉ tiêu kế hoạch";
    /** The headings of the table, as the sheet writes them. */
    public static final List<String> HEADINGS = List.of("STT", "Chỉ tiêu / đơn vị", "Chỉ tiêu kế hoạch (%)",
            "Thực hiện (%)", "Tử số", "Mẫu số", "Còn thiếu so với chỉ tiêu (%)", "Nguồn số liệu",
            "Đơn vị có số liệu", "Ghi chú");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private IndicatorSheet() {
    }

    /** The table alone, as a workbook of one sheet. */
    public static void write(IndicatorTable table, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            add(workbook, table, new ReportWorkbook.Styles(workbook));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void add(XSSFWorkbook workbook, IndicatorTable table, ReportWorkbook.Styles styles) {
        Sheet sheet = workbook.createSheet(SHEET);
        int r = 0;
        ReportWorkbook.merged(sheet, r++, HEADINGS.size() - 1, ("Kết quả thực hiện các chỉ tiêu của kế hoạch "
                + table.periodName()).toUpperCase(VIETNAMESE), styles.title);
        ReportWorkbook.text(sheet, r++, 0, "Đơn vị: " + table.unitName() + " (mã " + table.unitCode() + ")",
                styles.plain);
        ReportWorkbook.text(sheet, r++, 0, "Kế hoạch: " + table.planNumber() + " – " + table.planTitle(), styles.plain);
        ReportWorkbook.text(sheet, r++, 0, "Số liệu năm " + table.measuredYear() + "; chỉ tiêu của năm "
                + table.measuredYear() + " theo kế hoạch", styles.plain);
        r++;
        Row heading = sheet.createRow(r++);
        for (int c = 0; c < HEADINGS.size(); c++) {
            ReportWorkbook.cell(heading, c, styles.heading).setCellValue(HEADINGS.get(c));
        }
        int n = 1;
        for (IndicatorTable.Row row : table.rows()) {
            String number = Integer.toString(n++);
            line(sheet.createRow(r++), number, row.name(), row.target(), row.actual(), row.gap(),
                    note(row), styles, styles.heading);
            int k = 1;
            for (ChildCell child : row.children()) {
                line(sheet.createRow(r++), number + "." + k++, "– " + child.unitName() + " (" + child.unitCode() + ")",
                        child.target(), child.actual(), child.gap(), "", styles, styles.cell);
            }
        }
        List<YearCell> anyYears = table.rows().isEmpty() ? List.of() : table.rows().get(0).years();
        if (!anyYears.isEmpty()) {
            r++;
            ReportWorkbook.text(sheet, r++, 0, "Kết quả từng năm của " + table.periodName()
                    + " (KH: chỉ tiêu kế hoạch, TH: thực hiện, %)", styles.bold);
            Row yearsHeading = sheet.createRow(r++);
            ReportWorkbook.cell(yearsHeading, 0, styles.heading).setCellValue("STT");
            ReportWorkbook.cell(yearsHeading, 1, styles.heading).setCellValue("Chỉ tiêu");
            int c = 2;
            for (YearCell year : anyYears) {
                ReportWorkbook.cell(yearsHeading, c++, styles.heading).setCellValue("KH " + year.year());
                ReportWorkbook.cell(yearsHeading, c++, styles.heading).setCellValue("TH " + year.year());
            }
            n = 1;
            for (IndicatorTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                ReportWorkbook.cell(line, 0, styles.cell).setCellValue(Integer.toString(n++));
                ReportWorkbook.cell(line, 1, styles.cell).setCellValue(row.name());
                c = 2;
                for (YearCell year : row.years()) {
                    ReportWorkbook.decimal(ReportWorkbook.cell(line, c++, styles.decimal),
                            year.target() == null ? null : year.target().value());
                    ReportWorkbook.decimal(ReportWorkbook.cell(line, c++, styles.decimal), year.actual().value());
                }
            }
        }
        sheet.setColumnWidth(0, 7 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c < HEADINGS.size() - 1; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(7, 22 * 256);
        sheet.setColumnWidth(HEADINGS.size() - 1, 60 * 256);
    }

    private static void line(Row row, String number, String label, Target target, Actual actual,
            java.math.BigDecimal gap, String note, ReportWorkbook.Styles styles, CellStyle style) {
        ReportWorkbook.cell(row, 0, style).setCellValue(number);
        ReportWorkbook.cell(row, 1, styles.wrapped(style)).setCellValue(label);
        ReportWorkbook.decimal(ReportWorkbook.cell(row, 2, styles.decimal), target == null ? null : target.value());
        ReportWorkbook.decimal(ReportWorkbook.cell(row, 3, styles.decimal), actual.value());
        count(ReportWorkbook.cell(row, 4, styles.cell), actual.numerator());
        count(ReportWorkbook.cell(row, 5, styles.cell), actual.denominator());
        ReportWorkbook.decimal(ReportWorkbook.cell(row, 6, styles.decimal), gap);
        ReportWorkbook.cell(row, 7, styles.cell).setCellValue(actual.measured().vietnameseName());
        ReportWorkbook.cell(row, 8, styles.cell).setCellValue(actual.unitsExpected() == 0 ? ""
                : actual.unitsWithData() + "/" + actual.unitsExpected());
        ReportWorkbook.cell(row, 9, styles.wrapped(styles.cell)).setCellValue(note);
    }

    private static void count(org.apache.poi.ss.usermodel.Cell cell, Long value) {
        if (value == null) {
            cell.setCellValue("–");
        } else {
            cell.setCellValue(value);
        }
    }

    /** The indicator's denominator in words, how a yes/no is counted, and how a derived target was found. */
    private static String note(IndicatorTable.Row row) {
        StringBuilder note = new StringBuilder();
        if (row.denominator() != null) {
            note.append("Mẫu số: ").append(row.denominator()).append(". ");
        }
        if (row.answer() == IndicatorAnswer.YES_NO) {
            note.append("Tỷ lệ đơn vị trả lời “có” trên số đơn vị đã trả lời. ");
        }
        if (row.target() != null && row.target().derived()) {
            note.append("Chỉ tiêu suy ra: ").append(row.target().explanation()).append('.');
        }
        return note.toString().strip();
    }
}
