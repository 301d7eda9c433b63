package id.laporbridge.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reads the tables back out of rendered HTML, CSV and XLSX reports, for comparing them. */
final class RenderedTables {

    private RenderedTables() {
    }

    static Document parseXhtml(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    /** Returns the body rows of each HTML table by id, as cell texts. */
    static Map<String, List<List<String>>> htmlTables(Document document) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        NodeList tableElements = document.getElementsByTagNameNS("*", "table");
        for (int index = 0; index < tableElements.getLength(); index++) {
            Element table = (Element) tableElements.item(index);
            List<List<String>> rows = new ArrayList<>();
            NodeList rowElements = ((Element) table.getElementsByTagNameNS("*", "tbody").item(0))
                    .getElementsByTagNameNS("*", "tr");
            for (int row = 0; row < rowElements.getLength(); row++) {
                Element rowElement = (Element) rowElements.item(row);
                if (!"kosong".equals(((Element) rowElement.getElementsByTagNameNS("*", "td").item(0))
                        .getAttribute("class"))) {
                    rows.add(cellTexts(rowElement));
                }
            }
            tables.put(table.getAttribute("id"), rows);
        }
        return tables;
    }

    private static List<String> cellTexts(Element row) {
        List<String> cells = new ArrayList<>();
        NodeList cellElements = row.getElementsByTagNameNS("*", "td");
        for (int index = 0; index < cellElements.getLength(); index++) {
            cells.add(cellElements.item(index).getTextContent());
        }
        return cells;
    }

    /** Returns the rows of each CSV section by title, without the header row. */
    static Map<String, List<List<String>>> csvSections(byte[] csv) {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        for (String section : new String(csv, StandardCharsets.UTF_8).split("\r\n\r\n")) {
            List<List<String>> lines = new ArrayList<>();
            for (String line : section.split("\r\n")) {
                lines.add(csvFields(line));
            }
            sections.put(lines.get(0).get(0), lines.subList(2, lines.size()));
        }
        return sections;
    }

    /** Splits one CSV line with semicolons, undoing RFC 4180 quotes. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (quoted && character == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                field.append('"');
                index++;
            } else if (character == '"') {
                quoted = !quoted;
            } else if (character == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(character);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /**
     * Returns the data rows of a sheet: numbers as {@link Double}, dates as {@link java.time.LocalDateTime}, text as
     * {@link String}.
     */
    static List<List<Object>> sheetRows(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(value(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Object value(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
        }
        return new DataFormatter().formatCellValue(cell);
    }
}
