package org.learningsociety.workflow.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.decision.Decision;

/**
 * A decision's annex (danh sách kèm theo quyết định): the subjects it recognised or commended, one
 * numbered row each, as the Excel workbook officers keep and as the PDF attached to the signed decision.
 *
 * @param issuingUnitName the People's Committee's unit, e.g. "Phường Thành Đông"
 */
public record DecisionAnnex(Decision decision, String issuingUnitName, List<Entry> entries, String formName) {

    /** An annex of a recognition decision, which names no form of award. */
    public DecisionAnnex(Decision decision, String issuingUnitName, List<Entry> entries) {
        this(decision, issuingUnitName, entries, null);
    }


    /** Column headings of the list, left to right. */
    public static final List<String> HEADINGS = List.of("STT", "Tên đối tượng", "Mã định danh", "Đơn vị",
            "Tổng điểm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One subject of the list; {@code points} the verified total, when known. */
    public record Entry(String name, String externalId, String unitName, Integer points) { }

    public DecisionAnnex {
        entries = List.copyOf(entries);
    }

    /** The annex's title lines: what the list is, and the decision it belongs to. */
    public List<String> title() {
        String what = decision.kind() == Decision.Kind.COMMENDATION
                ? "DANH SÁCH ĐƯỢC TẶNG " + (formName != null ? formName : decision.form()).toUpperCase(Locale.forLanguageTag("vi"))
                : "DANH SÁCH ĐƯỢC CÔNG NHẬN DANH HIỆU \"" + decision.model().title().toUpperCase(
                        Locale.forLanguageTag("vi")) + "\" NĂM " + decision.year();
        return List.of(what, "(Kèm theo Quyết định số " + decision.number() + " ngày " + DAY.format(decision.date())
                + " của Chủ tịch " + decision.issuingBody().ofUnit(issuingUnitName) + ")");
    }

    public void writeWorkbook(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle heading = bordered(workbook, true);
            CellStyle body = bordered(workbook, false);
            CellStyle titleStyle = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            List<String> title = title();
            for (int i = 0; i < title.size(); i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(title.get(i));
                row.getCell(0).setCellStyle(titleStyle);
                sheet.addMergedRegion(new CellRangeAddress(i, i, 0, HEADINGS.size() - 1));
            }
            Row head = sheet.createRow(title.size() + 1);
            for (int c = 0; c < HEADINGS.size(); c++) {
                head.createCell(c).setCellValue(HEADINGS.get(c));
                head.getCell(c).setCellStyle(heading);
            }
            int r = title.size() + 2;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(entry.name());
                row.createCell(2).setCellValue(entry.externalId());
                row.createCell(3).setCellValue(entry.unitName());
                if (entry.points() != null) {
                    row.createCell(4).setCellValue(entry.points());
                } else {
                    row.createCell(4);
                }
                for (int c = 0; c < HEADINGS.size(); c++) {
                    row.getCell(c).setCellStyle(body);
                }
            }
            sheet.createRow(r + 1).createCell(0).setCellValue("Tổng số: " + entries.size());
            int[] widths = {6, 40, 20, 30, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writePdf(OutputStream out) {
        BaseFont regular = RecognitionCertificate.font("DejaVuSans.ttf");
        BaseFont bold = RecognitionCertificate.font("DejaVuSans-Bold.ttf");
        com.lowagie.text.Font text = new com.lowagie.text.Font(regular, 10);
        com.lowagie.text.Font strong = new com.lowagie.text.Font(bold, 10);
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title().get(0));
            document.open();
            List<String> title = title();
            for (int i = 0; i < title.size(); i++) {
                Paragraph line = new Paragraph(title.get(i), i == 0 ? new com.lowagie.text.Font(bold, 13) : text);
                line.setAlignment(Element.ALIGN_CENTER);
                line.setSpacingAfter(i == title.size() - 1 ? 14 : 2);
                document.add(line);
            }
            PdfPTable table = new PdfPTable(new float[] {6, 40, 20, 30, 10});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            HEADINGS.forEach(h -> table.addCell(cell(h, strong, Element.ALIGN_CENTER)));
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                table.addCell(cell(String.valueOf(i + 1), text, Element.ALIGN_CENTER));
                table.addCell(cell(entry.name(), text, Element.ALIGN_LEFT));
                table.addCell(cell(entry.externalId(), text, Element.ALIGN_LEFT));
                table.addCell(cell(entry.unitName(), text, Element.ALIGN_LEFT));
                table.addCell(cell(entry.points() == null ? "" : entry.points().toString(), text, Element.ALIGN_RIGHT));
            }
            document.add(table);
            Paragraph count = new Paragraph("Tổng số: " + entries.size(), strong);
            count.setSpacingBefore(8);
            document.add(count);
        } catch (DocumentException e) {
            throw new IllegalStateException("Không tạo được danh sách kèm theo quyết định: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    private static PdfPCell cell(String value, com.lowagie.text.Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static CellStyle bordered(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        if (bold) {
            var font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }
}
