package id.laporbridge.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes a report as an XLSX workbook with Apache POI, one sheet per table named after its title. Counts, minutes and
 * shares are numeric cells, dates are date cells; all carry Indonesian display formats.
 */
final class XlsxRenderer implements ReportRenderer {

    private static final int MAX_COLUMN_CHARACTERS = 60;

    @Override
    public void write(SopReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (ReportTable table : ReportTables.of(report)) {
                writeSheet(workbook.createSheet(table.title()), table, styles);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(Sheet sheet, ReportTable table, XlsxStyles styles) {
        Row header = sheet.createRow(0);
        for (int column = 0; column < table.headers().size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(table.headers().get(column));
            cell.setCellStyle(styles.header());
        }
        for (int index = 0; index < table.rows().size(); index++) {
            writeRow(sheet.createRow(index + 1), table.rows().get(index), styles);
        }
        sheet.createFreezePane(0, 1);
        setColumnWidths(sheet, table);
    }

    private static void writeRow(Row row, List<Object> values, XlsxStyles styles) {
        for (int column = 0; column < values.size(); column++) {
            writeCell(row.createCell(column), values.get(column), styles);
        }
    }

    private static void writeCell(Cell cell, Object value, XlsxStyles styles) {
        if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.count());
        } else if (value instanceof Share share) {
            cell.setCellValue(share.fraction());
            cell.setCellStyle(styles.share());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime());
        } else if (value instanceof YearMonth month) {
            cell.setCellValue(month.atDay(1));
            cell.setCellStyle(styles.month());
        } else {
            cell.setCellValue(IdFormat.cell(value));
        }
    }

    /** Sets each column as wide as its longest text, since autoSizeColumn needs fonts a server may not have. */
    private static void setColumnWidths(Sheet sheet, ReportTable table) {
        for (int column = 0; column < table.headers().size(); column++) {
            int characters = table.headers().get(column).length();
            for (List<Object> row : table.rows()) {
                characters = Math.max(characters, IdFormat.cell(row.get(column)).length());
            }
            sheet.setColumnWidth(column, (Math.min(characters, MAX_COLUMN_CHARACTERS) + 2) * 256);
        }
    }
}
