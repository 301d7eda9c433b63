package id.laporbridge.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as one self-contained, printable XHTML page: inline CSS and SVG charts, no scripts, no links to
 * other files. Every text from the store is escaped, and the page is well-formed XML.
 */
final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 2em; }
            h1 { font-size: 16pt; margin-bottom: 0.2em; }
            h2 { font-size: 12pt; margin-top: 1.6em; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; }
            th, td { border: 1px solid #9a9a9a; padding: 3px 6px; vertical-align: top; }
            th { background: #e8edf2; text-align: left; }
            td.angka { text-align: right; white-space: nowrap; }
            td.kosong { color: #666666; font-style: italic; }
            svg text { font-size: 11px; fill: #1a1a1a; }
            .bar-lapor-bantul { fill: #2b6cb0; }
            .bar-sp4n { fill: #dd6b20; }
            .bar-on-time { fill: #2f855a; }
            .bar-late { fill: #c53030; }
            .budget-line { stroke: #1a1a1a; stroke-width: 2; stroke-dasharray: 4 3; }
            .axis { stroke: #666666; stroke-width: 1; }
            section { page-break-inside: avoid; }
            @media print { body { margin: 0; } section { break-inside: avoid; } }
            """;

    @Override
    public void write(SopReport report, OutputStream out) throws IOException {
        out.write(document(report).getBytes(StandardCharsets.UTF_8));
    }

    private static String document(SopReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(Xml.escape(title(report))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Xml.escape(title(report))).append("</h1>\n")
                .append("<p>").append(Xml.escape(subtitle(report))).append("</p>\n");
        for (ReportTable table : ReportTables.of(report)) {
            html.append("<section>\n<h2>").append(Xml.escape(table.title())).append("</h2>\n");
            appendChart(html, table.id(), report);
            appendTable(html, table);
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String title(SopReport report) {
        String who = report.opdFilter() == null ? Labels.REGENCY : "OPD " + report.opdFilter();
        return "Laporan Pengelolaan Pengaduan " + who;
    }

    private static String subtitle(SopReport report) {
        return "Periode " + IdFormat.date(report.period().from()) + " sampai " + IdFormat.date(report.period().to())
                + ", dari Lapor Bantul dan SP4N-LAPOR!";
    }

    private static void appendChart(StringBuilder html, String tableId, SopReport report) {
        String svg = switch (tableId) {
            case ReportTables.SUMMARY -> SvgCharts.complaintsPerOpd(opdRows(report.counts()));
            case ReportTables.SOP_STEPS -> SvgCharts.stepTimes(firstScopeSteps(report.steps()));
            case ReportTables.MONTHS -> SvgCharts.onTimeByMonth(report.months());
            default -> null;
        };
        if (svg != null) {
            html.append("<figure class=\"chart\" id=\"grafik-").append(tableId).append("\">").append(svg)
                    .append("</figure>\n");
        }
    }

    private static List<ComplaintCounts> opdRows(List<ComplaintCounts> counts) {
        return counts.stream().filter(row -> !row.scope().isRegency()).toList();
    }

    /** Returns the steps of the report's first scope: the regency, or the one OPD the report is limited to. */
    private static List<StepFigures> firstScopeSteps(List<StepFigures> steps) {
        if (steps.isEmpty()) {
            return steps;
        }
        Scope first = steps.get(0).scope();
        return steps.stream().filter(step -> step.scope().equals(first)).toList();
    }

    private static void appendTable(StringBuilder html, ReportTable table) {
        html.append("<table id=\"").append(table.id()).append("\">\n<thead><tr>");
        table.headers().forEach(header -> html.append("<th>").append(Xml.escape(header)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> appendCell(html, cell));
            html.append("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            html.append("<tr><td class=\"kosong\" colspan=\"").append(table.headers().size())
                    .append("\">Tidak ada data</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void appendCell(StringBuilder html, Object cell) {
        boolean numeric = cell instanceof Number || cell instanceof Share;
        html.append(numeric ? "<td class=\"angka\">" : "<td>").append(Xml.escape(IdFormat.cell(cell)))
                .append("</td>");
    }
}
