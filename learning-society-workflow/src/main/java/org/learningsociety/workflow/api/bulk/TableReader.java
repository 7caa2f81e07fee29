package org.learningsociety.workflow.api.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;

/**
 * Reads a list from CSV (UTF-8, Excel's byte-order mark accepted) or from the first sheet of an
 * {@code .xlsx} workbook. A cell holding a formula, an error or text that is not UTF-8 refuses its row;
 * a file that is no workbook is refused as a whole. POI's guards against zip bombs stay as they are.
 */
final class TableReader {

    private TableReader() {
    }

    static Table csv(byte[] body) {
        List<Csv.Row> rows = Csv.read(new ByteArrayInputStream(body), "tệp CSV");
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "", "Tệp rỗng: thiếu dòng tiêu đề");
        }
        List<String> columns = rows.get(0).fields().stream().map(Table::keyOf).toList();
        List<RowRefusal> refused = new ArrayList<>();
        List<Table.Line> lines = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.fields().size() > columns.size()) {
                refused.add(RowRefusal.of(row.line(), "columns", row.fields().size(),
                        "Dòng có " + row.fields().size() + " cột, nhiều hơn " + columns.size() + " cột của dòng tiêu đề"));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String value = row.get(i);
                if (value.indexOf('\uFFFD') >= 0) {
                    refused.add(RowRefusal.of(row.line(), columns.get(i), value,
                            "Tệp CSV phải được mã hoá UTF-8"));
                }
                cells.put(columns.get(i), value);
            }
            lines.add(new Table.Line(row.line(), cells));
        }
        if (rows.get(0).fields().stream().anyMatch(f -> f.indexOf('\uFFFD') >= 0)) {
            refused.add(0, RowRefusal.of(1, "header", String.join(",", rows.get(0).fields()),
                    "Tệp CSV phải được mã hoá UTF-8"));
        }
        RowsRefusedException.throwIfAny(refused);
        return new Table(columns, lines);
    }

    /**
     * The most a workbook may hold once unzipped. A village's list is some hundred kilobytes; POI's own
     * guard (a minimum inflation ratio) would still let a 10MB file grow to a gigabyte of XML, which its
     * in-memory model could not hold.
     */
    static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    static Table xlsx(byte[] body) {
        requireUnzippedAtMost(body, MAX_UNZIPPED);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw broken(e);
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException("file", "", "Tệp Excel không có trang tính nào");
            }
            return read(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private static Table read(Sheet sheet) {
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null || sheet.getPhysicalNumberOfRows() == 0 || header.getRowNum() != 0) {
            throw new InvalidInputException("file", "", "Trang tính đầu tiên phải có dòng tiêu đề ở dòng 1");
        }
        List<RowRefusal> refused = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
            columns.add(Table.keyOf(text(header.getCell(c), 1, "header", format, refused)));
        }
        while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
            columns.remove(columns.size() - 1);
        }
        List<Table.Line> lines = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int number = r + 1;
            Map<String, String> cells = new LinkedHashMap<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                String column = c < columns.size() ? columns.get(c) : "cột " + (c + 1);
                String value = text(row.getCell(c), number, column, format, refused);
                if (!value.isEmpty()) {
                    blank = false;
                    if (c >= columns.size()) {
                        refused.add(RowRefusal.of(number, column, value, "Ô nằm ngoài các cột của dòng tiêu đề"));
                    }
                }
                if (c < columns.size()) {
                    cells.put(column, value);
                }
            }
            if (!blank) {
                lines.add(new Table.Line(number, cells));
            }
        }
        RowsRefusedException.throwIfAny(refused);
        return new Table(columns, lines);
    }

    /** A cell's value as text: a whole number without decimals; a formula or an error refused. */
    private static String text(Cell cell, int row, String column, DataFormatter format, List<RowRefusal> refused) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            refused.add(RowRefusal.of(row, column, "=" + cell.getCellFormula(),
                    "Ô chứa công thức; chỉ nhận giá trị, hãy dán giá trị thay cho công thức"));
            return "";
        }
        if (type == CellType.ERROR) {
            refused.add(RowRefusal.of(row, column, format.formatCellValue(cell), "Ô chứa lỗi của Excel"));
            return "";
        }
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return String.valueOf((long) number);
            }
            return String.valueOf(number);
        }
        return format.formatCellValue(cell).strip();
    }

    /** Inflates every entry without keeping it, refusing the file once the total passes {@code max}. */
    private static void requireUnzippedAtMost(byte[] body, long max) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(body))) {
            while (zip.getNextEntry() != null) {
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > max) {
                        throw new InvalidInputException("file", total / (1024 * 1024) + " MB",
                                "Tệp Excel giải nén ra quá " + max / (1024 * 1024) + " MB; danh sách một thôn không "
                                        + "lớn đến vậy");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw broken(e);
        }
    }

    private static InvalidInputException broken(Exception cause) {
        InvalidInputException refused = new InvalidInputException("file", "không đọc được",
                "Tệp Excel (.xlsx) bị hỏng hoặc không phải tệp .xlsx");
        refused.initCause(cause);
        return refused;
    }
}
