package org.learningsociety.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.indicator.IndicatorTable;
import org.learningsociety.core.report.Completeness;
import org.learningsociety.core.report.PastUnit;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportLine;

/**
 * Writes a report as an Excel workbook laid out as a report to a People's Committee: the national
 * heading, the title, period, reporting unit and date; a table of unit, model, subjects, registered,
 * recognised, rate, target and gap (the children's rows, then the total); the children that had not
 * reported; the units abolished or merged by the reform and what they went into; the signature block.
 */
public final class ReportWorkbook {

    /** The headings of the table, as the workbook writes them. */
    public static final List<String> HEADINGS = List.of("STT", "Đơn vị", "Mô hình học tập", "Tổng số đối tượng",
            "Số đăng ký", "Số được công nhận", "Tỷ lệ công nhận (%)", "Chỉ tiêu (%)", "Còn thiếu so với chỉ tiêu (%)");
    public static final String TOTAL = "Tổng cộng";
    public static final String SHEET = "Báo cáo";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportWorkbook() {
    }

    public static void write(Report report, Signature signature, OutputStream out) {
        write(report, null, signature, out);
    }

    /**
     * The report, and on a second sheet the plan's table of indicators ({@link IndicatorSheet}) when
     * {@code indicators} is given.
     */
    public static void write(Report report, IndicatorTable indicators, Signature signature, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            int last = HEADINGS.size() - 1;
            int r = 0;
            text(sheet, r, 0, "ỦY BAN NHÂN DÂN", styles.bold);
            text(sheet, r, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold);
            r++;
            text(sheet, r, 0, report.unitName().toUpperCase(java.util.Locale.forLanguageTag("vi")), styles.bold);
            text(sheet, r, 5, "Độc lập - Tự do - Hạnh phúc", styles.bold);
            r += 2;
            merged(sheet, r++, last, report.period().title().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    styles.title);
            text(sheet, r++, 0, "Đơn vị báo cáo: " + report.unitName() + " (mã " + report.unitCode() + ")", styles.plain);
            text(sheet, r++, 0, "Kỳ báo cáo: " + report.period().vietnameseName(), styles.plain);
            text(sheet, r++, 0, "Ngày lập: " + DAY.format(signature.date()), styles.plain);
            if (report.deadline() != null) {
                text(sheet, r++, 0, "Hạn nộp: " + DAY.format(report.deadline()), styles.plain);
            }
            text(sheet, r++, 0, "Trạng thái: " + report.status().vietnameseName()
                    + (report.late() ? " (nộp quá hạn)" : ""), styles.plain);
            r++;
            Row heading = sheet.createRow(r++);
            for (int c = 0; c < HEADINGS.size(); c++) {
                cell(heading, c, styles.heading).setCellValue(HEADINGS.get(c));
            }
            int n = 1;
            for (ReportLine line : report.childLines()) {
                row(sheet.createRow(r++), Integer.toString(n++), line.unitName(), line, styles, styles.cell);
            }
            for (ReportLine total : report.totals()) {
                row(sheet.createRow(r++), "", TOTAL + " (" + total.unitName() + ")", total, styles, styles.heading);
            }
            if (!report.missingChildren().isEmpty()) {
                r++;
                text(sheet, r++, 0, "Đơn vị cấp dưới chưa nộp báo cáo khi gửi:", styles.bold);
                for (Completeness.Child child : report.missingChildren()) {
                    text(sheet, r++, 1, child.unitName() + " (mã " + child.unitCode() + ") – "
                            + child.timeliness().vietnameseName(), styles.plain);
                }
            }
            if (!report.history().isEmpty()) {
                r++;
                text(sheet, r++, 0, "Các đơn vị hành chính trước sắp xếp (số liệu đã được tổng hợp vào đơn vị hiện nay):",
                        styles.bold);
                Row h = sheet.createRow(r++);
                List<String> pastHeadings = List.of("Mã", "Tên đơn vị", "Cấp", "Đến ngày", "Nay thuộc");
                for (int c = 0; c < pastHeadings.size(); c++) {
                    cell(h, c, styles.heading).setCellValue(pastHeadings.get(c));
                }
                for (PastUnit past : report.history()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, styles.cell).setCellValue(past.code());
                    cell(row, 1, styles.cell).setCellValue(past.name());
                    cell(row, 2, styles.cell).setCellValue(past.level().vietnameseName());
                    cell(row, 3, styles.cell).setCellValue(past.lastDay() == null ? "" : DAY.format(past.lastDay()));
                    cell(row, 4, styles.cell).setCellValue(past.wentInto());
                }
            }
            r++;
            text(sheet, r++, 5, signature.placeAndDate(), styles.plain);
            if (signature.onBehalfOf() != null) {
                text(sheet, r++, 5, signature.onBehalfOf(), styles.bold);
            }
            if (signature.office() != null) {
                text(sheet, r++, 5, signature.office(), styles.bold);
            }
            r += 3;
            if (signature.signer() != null) {
                text(sheet, r, 5, signature.signer(), styles.bold);
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            for (int c = 3; c < HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            if (indicators != null) {
                IndicatorSheet.add(workbook, indicators, styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, String number, String unit, ReportLine line, Styles styles, CellStyle style) {
        cell(row, 0, style).setCellValue(number);
        cell(row, 1, style).setCellValue(unit);
        cell(row, 2, style).setCellValue(line.model().title());
        cell(row, 3, style).setCellValue(line.subjects());
        cell(row, 4, style).setCellValue(line.registered());
        cell(row, 5, style).setCellValue(line.recognised());
        decimal(cell(row, 6, styles.decimal), line.rate());
        decimal(cell(row, 7, styles.decimal), line.target());
        decimal(cell(row, 8, styles.decimal), line.gap());
    }

    static void decimal(Cell cell, BigDecimal value) {
        if (value == null) {
            cell.setCellValue("–");
        } else {
            cell.setCellValue(value.doubleValue());
        }
    }

    static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    static void text(Sheet sheet, int rowIndex, int column, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        cell(row, column, style).setCellValue(value);
    }

    static void merged(Sheet sheet, int rowIndex, int lastColumn, String value, CellStyle style) {
        text(sheet, rowIndex, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
    }

    static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle cell;
        final CellStyle decimal;
        private final XSSFWorkbook workbook;
        private final java.util.Map<CellStyle, CellStyle> wrappedStyles = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            plain = workbook.createCellStyle();
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            heading = bordered(workbook);
            heading.setFont(boldFont);
            heading.setWrapText(true);
            cell = bordered(workbook);
            decimal = bordered(workbook);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }

        /** {@code style} with its text wrapped (made once per style). */
        CellStyle wrapped(CellStyle style) {
            return wrappedStyles.computeIfAbsent(style, base -> {
                CellStyle copy = workbook.createCellStyle();
                copy.cloneStyleFrom(base);
                copy.setWrapText(true);
                return copy;
            });
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
