package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Renders the fixture report as HTML, CSV and XLSX and checks that all three show the same figures. */
class ReportFormatsIT {

    @TempDir
    static Path folder;

    private static List<ReportTable> tables;
    private static byte[] html;
    private static byte[] csv;
    private static byte[] xlsx;

    @BeforeAll
    static void render() throws Exception {
        SopReport report = new ReportFixture(folder).build(null);
        tables = ReportTables.of(report);
        html = rendered(report, ReportFormat.HTML);
        csv = rendered(report, ReportFormat.CSV);
        xlsx = rendered(report, ReportFormat.XLSX);
    }

    @Test
    void htmlShowsEveryCellOfTheModel() throws Exception {
        Map<String, List<List<String>>> htmlTables = RenderedTables.htmlTables(RenderedTables.parseXhtml(html));
        for (ReportTable table : tables) {
            assertThat(htmlTables.get(table.id())).as("HTML table %s", table.id()).isEqualTo(texts(table));
        }
    }

    @Test
    void csvShowsEveryCellOfTheModel() {
        Map<String, List<List<String>>> sections = RenderedTables.csvSections(csv);
        assertThat(sections.keySet()).containsExactlyElementsOf(tables.stream().map(ReportTable::title).toList());
        for (ReportTable table : tables) {
            assertThat(sections.get(table.title())).as("CSV section %s", table.title()).isEqualTo(texts(table));
        }
    }

    @Test
    void xlsxHoldsNumbersAndDates() throws Exception {
        try (XSSFWorkbook workbook = RenderedTables.workbook(xlsx)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables.size());
            for (ReportTable table : tables) {
                Sheet sheet = workbook.getSheet(table.title());
                assertThat(sheet).as("sheet %s", table.title()).isNotNull();
                assertSameCells(table, RenderedTables.sheetRows(sheet));
            }
        }
    }

    @Test
    void allFormatsShowTheRegencySummary() throws Exception {
        List<String> regency = List.of("Kabupaten Bantul", "5", "2", "7", "2", "3", "1", "1", "2");
        Document document = RenderedTables.parseXhtml(html);
        assertThat(RenderedTables.htmlTables(document).get(ReportTables.SUMMARY).get(0)).isEqualTo(regency);
        assertThat(RenderedTables.csvSections(csv).get("Ringkasan aduan").get(0)).isEqualTo(regency);
        try (XSSFWorkbook workbook = RenderedTables.workbook(xlsx)) {
            List<Object> row = RenderedTables.sheetRows(workbook.getSheet("Ringkasan aduan")).get(0);
            assertThat(row).containsExactly("Kabupaten Bantul", 5.0, 2.0, 7.0, 2.0, 3.0, 1.0, 1.0, 2.0);
        }
    }

    @Test
    void sharesAndDatesUseIndonesianFormats() {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Kabupaten Bantul;2;Operator OPD menerima aduan;60;3;45;100;2;66,7 %");
        assertThat(text).contains("LB-1005;Lapor Bantul;10300;Langkah 2: Operator OPD menerima aduan;"
                + "4 November 2026 10.00;4 November 2026 10.40");
        assertThat(text).contains("SP-2002;SP4N-LAPOR!;10200;Verifikasi dan disposisi;13 November 2026 14.30;"
                + "Masih berjalan");
        assertThat(text).contains("LB-1006;Lapor Bantul;10200;12 November 2026;LB-1003");
        assertThat(text).contains("November 2026;4;3;57,1 %");
    }

    @Test
    void xlsxShareIsAFraction() throws Exception {
        try (XSSFWorkbook workbook = RenderedTables.workbook(xlsx)) {
            List<Object> month = RenderedTables.sheetRows(workbook.getSheet("Ketepatan waktu per bulan")).get(0);
            assertThat(month.get(0)).isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay());
            assertThat((Double) month.get(3)).isCloseTo(4.0 / 7, within(1e-9));
        }
    }

    @Test
    void categoryMarkupIsEscapedInHtml() throws Exception {
        String page = new String(html, StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script").doesNotContain("</script>");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document document = RenderedTables.parseXhtml(html);
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(RenderedTables.htmlTables(document).get(ReportTables.CATEGORIES))
                .anySatisfy(row -> assertThat(row.get(1)).isEqualTo(ReportFixture.SCRIPT_CATEGORY));
    }

    @Test
    void htmlLinksNoExternalAssets() {
        String page = new String(html, StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<link").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("url(");
    }

    @Test
    void noFormatHoldsComplaintTextOrReporter() throws Exception {
        String workbookText;
        try (XSSFWorkbook workbook = RenderedTables.workbook(xlsx)) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet -> RenderedTables.sheetRows(sheet).forEach(row -> cells.append(row)));
            workbookText = cells.toString();
        }
        for (String output : List.of(new String(html, StandardCharsets.UTF_8), new String(csv,
                StandardCharsets.UTF_8), workbookText)) {
            assertThat(output).doesNotContain("rahasia").doesNotContain("Nama Pelapor");
        }
    }

    private static byte[] rendered(SopReport report, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.renderer().write(report, out);
        return out.toByteArray();
    }

    private static List<List<String>> texts(ReportTable table) {
        return table.rows().stream().map(row -> row.stream().map(IdFormat::cell).toList()).toList();
    }

    private static void assertSameCells(ReportTable table, List<List<Object>> sheetRows) {
        assertThat(sheetRows).as("rows of sheet %s", table.title()).hasSameSizeAs(table.rows());
        for (int row = 0; row < table.rows().size(); row++) {
            List<Object> expected = table.rows().get(row);
            for (int column = 0; column < expected.size(); column++) {
                assertThat(sheetRows.get(row).get(column)).as("sheet %s row %d column %d", table.title(), row + 1,
                        column + 1).isEqualTo(xlsxValue(expected.get(column)));
            }
        }
    }

    /** Returns how a model cell reads back from XLSX. */
    private static Object xlsxValue(Object cell) {
        if (cell instanceof Number number) {
            return number.doubleValue();
        }
        if (cell instanceof Share share) {
            return share.fraction();
        }
        if (cell instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (cell instanceof YearMonth month) {
            return month.atDay(1).atStartOfDay();
        }
        if (cell instanceof LocalDateTime) {
            return cell;
        }
        return IdFormat.cell(cell);
    }
}
