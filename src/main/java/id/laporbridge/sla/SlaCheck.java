package id.laporbridge.sla;

import id.laporbridge.sla.calendar.WorkingCalendar;
import id.laporbridge.sla.store.ClockRecomputer;
import id.laporbridge.sla.store.BreachRecords;
import id.laporbridge.sla.store.ClockStore;
import id.laporbridge.sla.store.DueClock;
import id.laporbridge.sla.store.SentAlerts;
import id.laporbridge.sla.store.SlaWatermark;
import id.laporbridge.store.BackgroundYield;
import id.laporbridge.store.Database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The periodic SLA check, called by the {@code sla-check} route: recomputes the clocks of complaints changed since
 * the last check, then writes each due-soon, breach and late-end line once and records it in the store.
 */
public final class SlaCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SlaCheck.class);
    /** How long before the watermark each check reads again, see {@link SlaWatermark.Mark#nextReadFrom}. */
    public static final java.time.Duration UNCOMMITTED_MARGIN = java.time.Duration.ofMinutes(10);
    /**
     * Clocks whose alerts are recorded in one commit before their lines are written. A commit writes every changed
     * store page, so one commit per clock made a check after a large backfill slow.
     */
    public static final int ALERT_COMMIT_BATCH = 200;
    /** Reads the complaints changed since the watermark, through the index complaint_last_changed. */
    public static final String CHANGED = "SELECT id, last_changed_at FROM complaint "
            + "WHERE last_changed_at >= ? ORDER BY last_changed_at, id";

    private final DataSource dataSource;
    private final WorkingCalendar calendar;
    private final ClockRecomputer recomputer;
    private final ClockStore store;
    private final SlaWatermark watermark = new SlaWatermark();
    private RecomputedStamps lastRecomputed = RecomputedStamps.NONE;
    private final BreachRecords breaches = new BreachRecords();
    private final SlaAlerts alerts;
    private final BackgroundYield yield;
    private final Clock clock;

    SlaCheck(DataSource dataSource, SlaConfig config, ClockRecomputer recomputer, ClockStore store,
             BackgroundYield yield, Clock clock) {
        this.dataSource = dataSource;
        this.yield = yield;
        this.calendar = config.calendar();
        this.recomputer = recomputer;
        this.store = store;
        this.alerts = new SlaAlerts(config.rules(), config.calendar().zone());
        this.clock = clock;
    }

    /**
     * Runs one check; calls do not overlap. While the sync is busy and {@code yield} requests a wait, it is
     * skipped and logged, and returns zero counts. The next scheduled check reads everything changed since.
     */
    public synchronized SlaCheckResult run() throws SQLException {
        if (yield.shouldWait()) {
            LOG.info("SLA check skipped while the sync is busy; the next check covers the changes");
            return new SlaCheckResult(0, 0, 0, 0);
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Recomputed recomputed = recomputeChanged(connection, now);
            connection.commit();
            // Only stamps of a committed recompute may spare the next check a recompute.
            lastRecomputed = recomputed.stamps();
            SlaCheckResult result = sendDueAlerts(connection, now, recomputed.count());
            LOG.info("SLA check finished: recomputed={} due_soon_alerts={} breach_alerts={} late_end_notes={}",
                    result.recomputed(), result.dueSoonAlerts(), result.breachAlerts(), result.lateEndNotes());
            return result;
        }
    }

    // The store raises complaint.last_changed_at whenever it adds a status event or message. A page transaction
    // stamps that time before it commits, so each check reads again from a margin before the watermark (see
    // SlaWatermark.Mark). A complaint read again with the stamp it had at its last recompute is skipped.
    // NOTE: the first check after an upgrade recomputes every complaint in one transaction.
    private Recomputed recomputeChanged(Connection connection, Instant now) throws SQLException {
        Optional<SlaWatermark.Mark> mark = watermark.read(connection);
        Instant since = mark.map(read -> read.nextReadFrom(UNCOMMITTED_MARGIN)).orElse(Instant.EPOCH);
        List<RecomputedStamps.ChangedComplaint> changed = readChanged(connection, since);
        Instant changedUpTo = mark.map(SlaWatermark.Mark::changedUpTo).orElse(Instant.EPOCH);
        for (RecomputedStamps.ChangedComplaint row : changed) {
            changedUpTo = row.changedAt().isAfter(changedUpTo) ? row.changedAt() : changedUpTo;
        }
        boolean holidaysChanged = calendar.holidays().reloadIfChanged();
        Set<Long> ids = new LinkedHashSet<>();
        for (RecomputedStamps.ChangedComplaint row : changed) {
            if (holidaysChanged || !lastRecomputed.recomputedAt(row)) {
                ids.add(row.id());
            }
        }
        if (holidaysChanged) {
            ids.addAll(store.complaintsWithRunningClocks(connection));
        }
        for (long id : ids) {
            recomputer.recompute(connection, id);
        }
        watermark.write(connection, changedUpTo, now);
        Instant nextReadFrom = new SlaWatermark.Mark(changedUpTo, now).nextReadFrom(UNCOMMITTED_MARGIN);
        return new Recomputed(ids.size(), RecomputedStamps.of(changed, nextReadFrom));
    }

    private static List<RecomputedStamps.ChangedComplaint> readChanged(Connection connection, Instant since)
            throws SQLException {
        List<RecomputedStamps.ChangedComplaint> changed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CHANGED)) {
            query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changed.add(new RecomputedStamps.ChangedComplaint(row.getLong(1),
                            row.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return changed;
    }

    /** How many complaints a check recomputed, and the stamps the next check may skip. */
    private record Recomputed(int count, RecomputedStamps stamps) {
    }

    private SlaCheckResult sendDueAlerts(Connection connection, Instant now, int recomputed) throws SQLException {
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        List<Map<AlertKind, Runnable>> uncommitted = new ArrayList<>();
        for (DueClock due : store.findDue(connection, now)) {
            Map<AlertKind, Runnable> lines = new EnumMap<>(AlertKind.class);
            store.saveAlerts(connection, due, alert(connection, due, now, lines));
            uncommitted.add(lines);
            if (uncommitted.size() == ALERT_COMMIT_BATCH) {
                commitThenLog(connection, uncommitted, counts);
            }
        }
        commitThenLog(connection, uncommitted, counts);
        return new SlaCheckResult(recomputed, counts.getOrDefault(AlertKind.DUE_SOON, 0),
                counts.getOrDefault(AlertKind.BREACH, 0), counts.getOrDefault(AlertKind.LATE_END, 0));
    }

    /**
     * Commits the alerts recorded since the last commit and writes them to the store's file, then writes their lines
     * in order. A crash between the commit and the lines loses up to {@link #ALERT_COMMIT_BATCH} lines, which is
     * preferred to writing any twice.
     */
    private static void commitThenLog(Connection connection, List<Map<AlertKind, Runnable>> uncommitted,
                                      Map<AlertKind, Integer> counts) throws SQLException {
        connection.commit();
        Database.writeToFile(connection);
        for (Map<AlertKind, Runnable> lines : uncommitted) {
            lines.forEach((kind, line) -> {
                line.run();
                counts.merge(kind, 1, Integer::sum);
            });
        }
        uncommitted.clear();
    }

    /**
     * Records the alerts that are due for one clock and puts their log lines in {@code lines}. The caller commits,
     * then logs. A breach already in {@code sla_breach} is not logged again.
     */
    private SentAlerts alert(Connection connection, DueClock due, Instant now, Map<AlertKind, Runnable> lines)
            throws SQLException {
        SentAlerts sent = due.sent();
        if (due.isBreachedAt(now)) {
            sent = sent.withBreach(now);
            if (breaches.record(connection, due, now)) {
                lines.put(AlertKind.BREACH, () -> alerts.breached(due, now));
            }
        } else if (due.isDueSoonAt(now)) {
            sent = sent.withDueSoon(now);
            lines.put(AlertKind.DUE_SOON, () -> alerts.dueSoon(due, now));
        }
        if (due.hasUnnotedLateEnd()) {
            sent = sent.withLateEnd(now);
            lines.put(AlertKind.LATE_END, () -> alerts.finishedLate(due));
        }
        return sent;
    }

    /** The lines of the SLA log, in the order they are written for one clock. */
    private enum AlertKind { BREACH, DUE_SOON, LATE_END }
}
