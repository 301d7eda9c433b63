package id.laporbridge.report;

import java.util.Locale;

/** The file formats a report is written in. */
public enum ReportFormat {
    HTML("html", new HtmlRenderer()),
    CSV("csv", new CsvRenderer()),
    XLSX("xlsx", new XlsxRenderer());

    private final String extension;
    private final ReportRenderer renderer;

    ReportFormat(String extension, ReportRenderer renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    ReportRenderer renderer() {
        return renderer;
    }

    /**
     * Returns the format named {@code name} in any case, e.g. {@code html}.
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ReportFormat named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; use html, csv or xlsx", e);
        }
    }
}
