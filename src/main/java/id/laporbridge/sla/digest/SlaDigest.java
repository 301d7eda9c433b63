package id.laporbridge.sla.digest;

import id.laporbridge.sla.SlaLog;
import id.laporbridge.sla.calendar.WorkingCalendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The daily SLA digest, called by the route {@code sla-digest}: per OPD the open complaints, those approaching and
 * past a deadline, and the oldest open one. It writes one line per OPD to the SLA log and the whole digest to
 * {@code sla-digest-YYYY-MM-DD.txt}, on working days of the calendar's default schedule only.
 */
public final class SlaDigest {

    private final DataSource dataSource;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final DigestReader reader = new DigestReader();

    public SlaDigest(DataSource dataSource, WorkingCalendar calendar, Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Writes today's digest into {@code folder}, replacing one written earlier today. Returns the file, or empty on
     * a day that is not a working day.
     */
    public Optional<Path> write(String folder) throws SQLException, IOException {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(calendar.zone());
        LocalDate today = local.toLocalDate();
        if (!calendar.forOpd(null).isWorkingDay(today)) {
            SlaLog.LOG.info("SLA digest skipped: not a working day date={}", today);
            return Optional.empty();
        }
        List<OpdDigest> digests = figures(now);
        Path file = Path.of(folder).resolve("sla-digest-" + today + ".txt");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, DigestText.render(today, local, digests), StandardCharsets.UTF_8);
        for (OpdDigest digest : digests) {
            SlaLog.LOG.info("SLA digest for OPD: opd={} open={} approaching={} breached={} oldest={} "
                    + "oldest_age_days={} date={}", digest.opdCode() == null ? "-" : digest.opdCode(), digest.open(),
                    digest.approaching(), digest.breached(), digest.oldestComplaint(), digest.oldestAgeDays(), today);
        }
        SlaLog.LOG.info("SLA digest written: opds={} date={} file={}", digests.size(), today, file);
        return Optional.of(file);
    }

    private List<OpdDigest> figures(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return DigestFigures.perOpd(reader.openClocks(connection), now);
        }
    }
}
