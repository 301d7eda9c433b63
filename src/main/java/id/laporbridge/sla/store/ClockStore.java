package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.ClockState;
import id.laporbridge.sla.clock.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads and writes the {@code sla_clock} table. */
public final class ClockStore {

    private static final String STORED_OF_COMPLAINT = "SELECT rule_id, instance, deadline, due_soon_alerted_at, "
            + "breach_alerted_at, late_end_noted_at FROM sla_clock WHERE complaint_id = ?";
    private static final String UPDATE = "UPDATE sla_clock SET started_at = ?, due_soon_at = ?, deadline = ?, "
            + "ended_at = ?, outcome = ?, next_alert_at = ?, due_soon_alerted_at = ?, breach_alerted_at = ?, "
            + "late_end_noted_at = ? WHERE complaint_id = ? AND rule_id = ? AND instance = ?";
    private static final String INSERT = "INSERT INTO sla_clock (started_at, due_soon_at, deadline, ended_at, "
            + "outcome, next_alert_at, due_soon_alerted_at, breach_alerted_at, late_end_noted_at, complaint_id, "
            + "rule_id, instance, opd_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * Reads only the rows whose next alert is due, through the index sla_clock_next_alert. The lower bound starts the
     * index range after the NULL entries of clocks without alerts, which H2 sorts first: without it the range scan
     * reads every such row.
     */
    public static final String DUE = "SELECT k.complaint_id, k.rule_id, k.instance, k.opd_code, k.due_soon_at, "
            + "k.deadline, k.ended_at, k.outcome, k.due_soon_alerted_at, k.breach_alerted_at, k.late_end_noted_at, "
            + "c.source, c.upstream_id FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
            + "WHERE k.next_alert_at >= TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z' AND k.next_alert_at <= ? "
            + "ORDER BY k.next_alert_at, k.complaint_id, k.rule_id, k.instance";
    private static final String SAVE_ALERTS = "UPDATE sla_clock SET due_soon_alerted_at = ?, breach_alerted_at = ?, "
            + "late_end_noted_at = ?, next_alert_at = ? WHERE complaint_id = ? AND rule_id = ? AND instance = ?";
    private static final String RUNNING = "SELECT DISTINCT complaint_id FROM sla_clock WHERE outcome = 'running'";

    private record Stored(Instant deadline, SentAlerts sent) {
    }

    /**
     * Writes the computed clocks of a complaint. Existing rows keep their OPD kode and the alerts sent for their
     * deadline, so writing the same clocks again changes nothing. A clock whose deadline moved, because the
     * calendar changed, gets the alerts of its new deadline.
     */
    public void save(Connection connection, long complaintId, String opdCode, List<ClockState> clocks)
            throws SQLException {
        Map<String, Stored> stored = stored(connection, complaintId);
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ClockState clock : clocks) {
                Stored row = stored.get(key(clock.ruleId(), clock.instance()));
                PreparedStatement statement = row == null ? insert : update;
                bindClock(statement, complaintId, clock, sentFor(clock, row));
                if (row == null) {
                    statement.setString(13, opdCode);
                }
                statement.executeUpdate();
            }
        }
    }

    /** Returns the clocks whose next alert is due at {@code now}, earliest first. */
    public List<DueClock> findDue(Connection connection, Instant now) throws SQLException {
        List<DueClock> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DUE)) {
            Timestamps.set(query, 1, now);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    due.add(dueClock(row));
                }
            }
        }
        return due;
    }

    /** Records the alerts sent for a clock and when its next alert is due. */
    public void saveAlerts(Connection connection, DueClock clock, SentAlerts sent) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAVE_ALERTS)) {
            Timestamps.set(statement, 1, sent.dueSoon());
            Timestamps.set(statement, 2, sent.breach());
            Timestamps.set(statement, 3, sent.lateEnd());
            Timestamps.set(statement, 4, clock.nextAlertAt(sent));
            statement.setLong(5, clock.complaintId());
            statement.setString(6, clock.ruleId());
            statement.setInt(7, clock.instance());
            statement.executeUpdate();
        }
    }

    /** Returns the ids of complaints with a running clock, whose deadlines move when the calendar changes. */
    public List<Long> complaintsWithRunningClocks(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RUNNING);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private static SentAlerts sentFor(ClockState clock, Stored row) {
        if (row == null || !Objects.equals(row.deadline(), clock.deadline())) {
            return SentAlerts.NONE;
        }
        return row.sent();
    }

    private static Map<String, Stored> stored(Connection connection, long complaintId) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(STORED_OF_COMPLAINT)) {
            query.setLong(1, complaintId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.put(key(row.getString("rule_id"), row.getInt("instance")),
                            new Stored(Timestamps.get(row, "deadline"), sentAlerts(row)));
                }
            }
        }
        return stored;
    }

    private static void bindClock(PreparedStatement statement, long complaintId, ClockState clock, SentAlerts sent)
            throws SQLException {
        Timestamps.set(statement, 1, clock.startedAt());
        Timestamps.set(statement, 2, clock.dueSoonAt());
        Timestamps.set(statement, 3, clock.deadline());
        Timestamps.set(statement, 4, clock.endedAt());
        statement.setString(5, clock.outcome().dbValue());
        Timestamps.set(statement, 6, AlertSchedule.nextAlertAt(clock.outcome(), clock.dueSoonAt(), clock.deadline(),
                clock.endedAt(), sent));
        Timestamps.set(statement, 7, sent.dueSoon());
        Timestamps.set(statement, 8, sent.breach());
        Timestamps.set(statement, 9, sent.lateEnd());
        statement.setLong(10, complaintId);
        statement.setString(11, clock.ruleId());
        statement.setInt(12, clock.instance());
    }

    private static DueClock dueClock(ResultSet row) throws SQLException {
        return new DueClock(row.getLong("complaint_id"), row.getString("rule_id"), row.getInt("instance"),
                row.getString("source"), row.getString("upstream_id"), row.getString("opd_code"),
                Timestamps.get(row, "due_soon_at"), Timestamps.get(row, "deadline"), Timestamps.get(row, "ended_at"),
                Outcome.fromDbValue(row.getString("outcome")), sentAlerts(row));
    }

    private static SentAlerts sentAlerts(ResultSet row) throws SQLException {
        return new SentAlerts(Timestamps.get(row, "due_soon_alerted_at"), Timestamps.get(row, "breach_alerted_at"),
                Timestamps.get(row, "late_end_noted_at"));
    }

    private static String key(String ruleId, int instance) {
        return ruleId + "#" + instance;
    }
}
