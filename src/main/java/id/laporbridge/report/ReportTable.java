package id.laporbridge.report;

import java.util.List;

/**
 * One table of a report as every format shows it. A cell is a {@link String}, an {@link Integer} or {@link Long}
 * count, a {@link Share}, a {@link java.time.LocalDate}, a {@link java.time.LocalDateTime} in the regency's time zone,
 * a {@link java.time.YearMonth}, or null for a figure that cannot be computed (shown as a dash).
 *
 * @param id    a stable name in lower case, used as the HTML table id
 * @param title the Indonesian title; at most 31 characters, so it fits as an XLSX sheet name
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        if (title.length() > 31) {
            throw new IllegalArgumentException("table title longer than an XLSX sheet name allows: " + title);
        }
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }
}
