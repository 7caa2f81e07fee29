package org.learningsociety.workflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.RowSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an {@code .xlsx} file as rows, streamed (a province's million rows never sit in
 * memory as a workbook): each row's cells as text, left to right, gaps as empty fields, its line the
 * sheet's row number. A file that is no workbook is refused in Vietnamese.
 */
final class XlsxRows implements RowSource {

    private final Path file;
    private final String fileName;

    XlsxRows(Path file, String fileName) {
        this.file = file;
        this.fileName = fileName;
    }

    @Override
    public void forEach(Consumer<Csv.Row> each) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable("bảng tính không có trang nào");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                Rows rows = new Rows(each, fileName);
                parser.setContentHandler(new FormulaWatch(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        rows, false), rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.UnsupportedFileFormatException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw unreadable(e.getMessage());
        }
    }

    private InvalidInputException unreadable(String why) {
        return new InvalidInputException("file", fileName, "Tệp không phải bảng tính Excel (.xlsx) đọc được: " + why);
    }

    /**
     * Collects each row's cells by column and hands the row on when it ends. A formula is refused with
     * its row: an import takes values as typed, not what a formula made of them.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<Csv.Row> each;
        private final String fileName;
        private final List<String> cells = new ArrayList<>();
        private int line;
        private boolean formula;

        Rows(Consumer<Csv.Row> each, String fileName) {
            this.each = each;
            this.fileName = fileName;
        }

        void formulaSeen() {
            formula = true;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formula = false;
            line = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (formula) {
                throw new InvalidInputException(fileName + ", dòng " + line, String.join(",", cells),
                        "Ô có công thức; hãy dán giá trị (Paste Values) thay cho công thức");
            }
            each.accept(new Csv.Row(line, cells.isEmpty() ? List.of("") : List.copyOf(cells)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }
    }

    /** Passes the sheet's XML to POI's handler, telling {@link Rows} of each formula ({@code <f>}) on the way. */
    private static final class FormulaWatch extends org.xml.sax.helpers.DefaultHandler {

        private final XSSFSheetXMLHandler delegate;
        private final Rows rows;

        FormulaWatch(XSSFSheetXMLHandler delegate, Rows rows) {
            this.delegate = delegate;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            if ("f".equals(localName)) {
                rows.formulaSeen();
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }
    }
}
