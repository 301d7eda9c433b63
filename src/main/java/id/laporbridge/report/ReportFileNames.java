package id.laporbridge.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** File names of reports: {@code laporan-sop-2026-11.html} for a month, with the dates for other periods. */
public final class ReportFileNames {

    private static final String PREFIX = "laporan-sop-";

    private ReportFileNames() {
    }

    public static String monthly(YearMonth month, ReportFormat format) {
        return PREFIX + month + "." + format.extension();
    }

    /** Returns the name of a report of any period, e.g. {@code laporan-sop-2026-11-01_2026-11-15-opd-10300.csv}. */
    public static String forPeriod(LocalDate from, LocalDate to, String opdCode, ReportFormat format) {
        String opd = opdCode == null ? "" : "-opd-" + opdCode.replaceAll("[^A-Za-z0-9_-]", "_");
        return PREFIX + from + "_" + to + opd + "." + format.extension();
    }
}
