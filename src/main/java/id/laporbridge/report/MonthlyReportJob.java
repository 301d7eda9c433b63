package id.laporbridge.report;

import id.laporbridge.sla.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the previous month's SOP report for the whole regency, called daily by the route {@code monthly-report}.
 * It writes from the month's first working day on, and only the files that are not there yet, so a bridge that was
 * down on that day writes the report on its next run, and later runs change nothing.
 */
public final class MonthlyReportJob {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportJob.class);

    private final ReportBuilder builder;
    private final WorkingCalendar calendar;
    private final Path folder;
    private final List<ReportFormat> formats;
    private final Clock clock;

    public MonthlyReportJob(ReportBuilder builder, WorkingCalendar calendar, Path folder, List<ReportFormat> formats,
                            Clock clock) {
        this.builder = builder;
        this.calendar = calendar;
        this.folder = folder;
        this.formats = List.copyOf(formats);
        this.clock = clock;
    }

    /** Writes the missing files of the previous month's report when it is due; returns the files written. */
    public List<Path> run() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        YearMonth month = YearMonth.from(today).minusMonths(1);
        LocalDate firstWorkingDay = FirstWorkingDay.of(calendar, YearMonth.from(today));
        if (today.isBefore(firstWorkingDay)) {
            LOG.debug("Monthly report not due yet month={} due={}", month, firstWorkingDay);
            return List.of();
        }
        List<ReportFormat> missing = formats.stream()
                .filter(format -> !Files.exists(target(month, format)))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return write(month, missing);
    }

    private List<Path> write(YearMonth month, List<ReportFormat> missing) {
        SopReport report = builder.build(ReportPeriod.month(month, calendar.zone()), null);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : missing) {
            Path target = target(month, format);
            try {
                ReportFiles.write(report, format, target);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to write the monthly report file=" + target, e);
            }
            written.add(target);
        }
        LOG.info("Monthly report written month={} folder={} files={}", month, folder.toAbsolutePath(),
                written.stream().map(Path::getFileName).toList());
        return written;
    }

    private Path target(YearMonth month, ReportFormat format) {
        return folder.resolve(ReportFileNames.monthly(month, format));
    }
}
