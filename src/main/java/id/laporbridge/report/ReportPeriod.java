package id.laporbridge.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** The dates a report covers, both included, as local dates of the regency's time zone. */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report period ends before it starts: from=" + from + " to=" + to);
        }
    }

    public static ReportPeriod month(YearMonth month, ZoneId zone) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), zone);
    }

    /** Returns the first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Returns the first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
