package id.laporbridge.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as one UTF-8 CSV file (RFC 4180 quoting, CRLF line ends) of sections, one per table: a line with
 * the table's title, its header row, its rows, then an empty line. Fields are separated by semicolons, as spreadsheets
 * set to Indonesian expect, because the comma is the decimal separator there. Cells hold the same Indonesian text as
 * the HTML report. Text that a spreadsheet would run as a formula, such as a category that starts with "=", gets
 * a leading apostrophe so that it shows as text.
 */
final class CsvRenderer implements ReportRenderer {

    static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    @Override
    public void write(SopReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (ReportTable table : ReportTables.of(report)) {
            writeSection(writer, table);
        }
        writer.flush();
    }

    private static void writeSection(Writer writer, ReportTable table) throws IOException {
        writeLine(writer, List.of(table.title()));
        writeLine(writer, table.headers());
        for (List<Object> row : table.rows()) {
            writeLine(writer, row.stream().map(CsvRenderer::cell).toList());
        }
        writer.write(LINE_END);
    }

    /** Returns the text of one cell, with an apostrophe before text that starts like a formula. */
    static String cell(Object value) {
        String text = IdFormat.cell(value);
        boolean formulaLike = value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return formulaLike ? "'" + text : text;
    }

    private static void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quoted(fields.get(index)));
        }
        writer.write(LINE_END);
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
