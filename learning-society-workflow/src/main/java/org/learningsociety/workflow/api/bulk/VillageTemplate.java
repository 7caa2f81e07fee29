package org.learningsociety.workflow.api.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;

/**
 * The workbook an officer downloads, fills and sends back: one sheet whose first line names each
 * column in Vietnamese with its key in parentheses ({@code Mã định danh (external_id)}), as
 * {@link Table#keyOf} reads it; the village's subjects below, pre-filled; for assessments one column per
 * indicator of the criteria set, headed with its maximum, each score cell checked by Excel to be a whole
 * number from 0 to that maximum. Cells are text or numbers, never formulas.
 */
public final class VillageTemplate {

    /** Rows below the list where an officer may add subjects, under the same checks. */
    private static final int SPARE_ROWS = 50;

    private VillageTemplate() {
    }

    /**
     * A line of an assessment sheet: the subject and what is stored for it (empty scores when nothing);
     * {@code evidence} on a self-assessment sheet, {@code null} on a verification's.
     */
    public record Assessed(Subject subject, Scores scores, String note, List<Evidence> evidence) { }

    /** The village's subjects: {@code external_id}, {@code name}. */
    public static byte[] subjects(String title, LearningModel model, List<Subject> subjects) {
        return write(title, List.of(header("Mã định danh (" + Table.EXTERNAL_ID + ")",
                        "Mã định danh của cổng thông tin, duy nhất trong mô hình " + model.title()),
                header("Tên (" + Table.NAME + ")", "Tên hộ, dòng họ, cộng đồng, đơn vị hay công dân")),
                subjects.stream().map(s -> List.<Object>of(s.externalId(), s.name())).toList(), List.of());
    }

    /** A roll to send: the village's subjects; a row not wanted is deleted before sending. */
    public static byte[] roll(String title, List<Subject> subjects) {
        return write(title, List.of(header("Mã định danh (" + Table.EXTERNAL_ID + ")",
                        "Mỗi dòng gửi đi là một đăng ký; xoá dòng của đối tượng không đăng ký năm này"),
                header("Tên (" + Table.NAME + ")", "Chỉ để đối chiếu, không được lưu")),
                subjects.stream().map(s -> List.<Object>of(s.externalId(), s.name())).toList(), List.of());
    }

    /** Assessments: {@code external_id}, {@code name}, one column per indicator, {@code note}. */
    public static byte[] assessments(String title, CriteriaSet set, List<Assessed> lines, boolean withNote) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("Mã định danh (" + Table.EXTERNAL_ID + ")", "Không sửa cột này"));
        headers.add(header("Tên (" + Table.NAME + ")", "Chỉ để đối chiếu, không được lưu"));
        List<Indicator> indicators = set.indicators();
        for (Indicator indicator : indicators) {
            headers.add(header("Chỉ số " + indicator.code() + ", tối đa " + indicator.maxPoints() + " điểm ("
                    + indicator.code() + ")", indicator.name() + (indicator.evidenceRequired()
                    ? " (bắt buộc có minh chứng, gửi kèm qua API)" : "")));
        }
        List<Indicator> evidenced = withNote ? List.of()
                : indicators.stream().filter(Indicator::evidenceRequired).toList();
        for (Indicator indicator : evidenced) {
            headers.add(header("Minh chứng chỉ số " + indicator.code() + " (" + Table.EVIDENCE + indicator.code() + ")",
                    "Mã tệp minh chứng đã tải lên (ls-evidence:…), đường dẫn hoặc địa chỉ URL, không có khoảng trắng; "
                            + "nhiều minh chứng cách nhau bằng dấu ;"));
        }
        if (withNote) {
            headers.add(header("Ghi chú (" + Table.NOTE + ")", "Ghi chú của người thẩm định"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Assessed line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.subject().externalId());
            row.add(line.subject().name());
            indicators.forEach(i -> row.add(line.scores().pointsFor(i.code())));
            for (Indicator indicator : evidenced) {
                row.add(line.evidence() == null ? "" : line.evidence().stream()
                        .filter(e -> indicator.code().equals(e.indicator()))
                        .map(e -> Objects.requireNonNullElse(e.reference(), ""))
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            if (withNote) {
                row.add(line.note());
            }
            rows.add(row);
        }
        List<int[]> limits = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            limits.add(new int[] {2 + i, indicators.get(i).maxPoints()});
        }
        return write(title, headers, rows, limits);
    }

    private record Header(String text, String comment) { }

    private static Header header(String text, String comment) {
        return new Header(text, comment);
    }

    /** {@code limits}: pairs of a column index and the maximum of its whole numbers. */
    private static byte[] write(String title, List<Header> headers, List<List<Object>> rows, List<int[]> limits) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(title));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setBorderBottom(BorderStyle.THIN);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(headers.get(c).text());
                cell.setCellStyle(bold);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(headers.get(c).comment()));
                cell.setCellComment(comment);
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 18 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            int last = rows.size() + SPARE_ROWS;
            for (int[] limit : limits) {
                DataValidationConstraint wholeNumber = validations.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(limit[1]));
                DataValidation validation = validations.createValidation(wholeNumber,
                        new CellRangeAddressList(1, last, limit[0], limit[0]));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Điểm không hợp lệ", "Điểm phải là số nguyên từ 0 đến " + limit[1]);
                sheet.addValidationData(validation);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel takes: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
