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

/** Reads and writes the {@code sla_clock} table. */
public final class ClockStore {

    private static final String ALERTS_OF_COMPLAINT = "SELECT rule_id, instance, due_soon_alerted_at, "
            + "breach_alerted_at FROM sla_clock WHERE complaint_id = ?";
    private static final String UPDATE = "UPDATE sla_clock SET started_at = ?, due_soon_at = ?, deadline = ?, "
            + "ended_at = ?, outcome = ?, next_alert_at = ? WHERE complaint_id = ? AND rule_id = ? AND instance = ?";
    private static final String INSERT = "INSERT INTO sla_clock (started_at, due_soon_at, deadline, ended_at, "
            + "outcome, next_alert_at, complaint_id, rule_id, instance, opd_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DUE = "SELECT k.complaint_id, k.rule_id, k.instance, k.opd_code, k.due_soon_at, "
            + "k.deadline, k.ended_at, k.outcome, k.due_soon_alerted_at, k.breach_alerted_at, c.source, "
            + "c.upstream_id FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
            + "WHERE k.next_alert_at <= ? ORDER BY k.next_alert_at, k.complaint_id, k.rule_id, k.instance";
    private static final String MARK_DUE_SOON = "UPDATE sla_clock SET due_soon_alerted_at = ?, next_alert_at = ? "
            + "WHERE complaint_id = ? AND rule_id = ? AND instance = ?";
    private static final String MARK_BREACH = "UPDATE sla_clock SET breach_alerted_at = ?, "
            + "due_soon_alerted_at = COALESCE(due_soon_alerted_at, ?), next_alert_at = NULL "
            + "WHERE complaint_id = ? AND rule_id = ? AND instance = ?";
    private static final String RUNNING = "SELECT DISTINCT complaint_id FROM sla_clock WHERE outcome = 'running'";

    private record AlertsSent(Instant dueSoon, Instant breach) {
    }

    /**
     * Writes the computed clocks of a complaint. Existing rows keep their OPD kode and alert times, so writing the same
     * clocks again changes nothing.
     */
    public void save(Connection connection, long complaintId, String opdCode, List<ClockState> clocks)
            throws SQLException {
        Map<String, AlertsSent> sent = alertsSent(connection, complaintId);
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ClockState clock : clocks) {
                AlertsSent alerts = sent.get(key(clock.ruleId(), clock.instance()));
                PreparedStatement statement = alerts == null ? insert : update;
                bindClock(statement, complaintId, clock, alerts == null ? new AlertsSent(null, null) : alerts);
                if (alerts == null) {
                    statement.setString(10, opdCode);
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

    /** Records the due-soon alert and leaves the breach alert due at the deadline. */
    public void markDueSoonAlerted(Connection connection, DueClock clock, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MARK_DUE_SOON)) {
            Timestamps.set(statement, 1, at);
            Timestamps.set(statement, 2, clock.deadline());
            bindKey(statement, 3, clock);
            statement.executeUpdate();
        }
    }

    /** Records the breach alert; no further alert is due for the clock. */
    public void markBreachAlerted(Connection connection, DueClock clock, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MARK_BREACH)) {
            Timestamps.set(statement, 1, at);
            Timestamps.set(statement, 2, at);
            bindKey(statement, 3, clock);
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

    private static Map<String, AlertsSent> alertsSent(Connection connection, long complaintId) throws SQLException {
        Map<String, AlertsSent> sent = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(ALERTS_OF_COMPLAINT)) {
            query.setLong(1, complaintId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sent.put(key(row.getString("rule_id"), row.getInt("instance")), new AlertsSent(
                            Timestamps.get(row, "due_soon_alerted_at"), Timestamps.get(row, "breach_alerted_at")));
                }
            }
        }
        return sent;
    }

    private static void bindClock(PreparedStatement statement, long complaintId, ClockState clock, AlertsSent alerts)
            throws SQLException {
        Timestamps.set(statement, 1, clock.startedAt());
        Timestamps.set(statement, 2, clock.dueSoonAt());
        Timestamps.set(statement, 3, clock.deadline());
        Timestamps.set(statement, 4, clock.endedAt());
        statement.setString(5, clock.outcome().dbValue());
        Timestamps.set(statement, 6, AlertSchedule.nextAlertAt(clock, alerts.dueSoon(), alerts.breach()));
        statement.setLong(7, complaintId);
        statement.setString(8, clock.ruleId());
        statement.setInt(9, clock.instance());
    }

    private static void bindKey(PreparedStatement statement, int first, DueClock clock) throws SQLException {
        statement.setLong(first, clock.complaintId());
        statement.setString(first + 1, clock.ruleId());
        statement.setInt(first + 2, clock.instance());
    }

    private static DueClock dueClock(ResultSet row) throws SQLException {
        return new DueClock(row.getLong("complaint_id"), row.getString("rule_id"), row.getInt("instance"),
                row.getString("source"), row.getString("upstream_id"), row.getString("opd_code"),
                Timestamps.get(row, "due_soon_at"), Timestamps.get(row, "deadline"), Timestamps.get(row, "ended_at"),
                Outcome.fromDbValue(row.getString("outcome")), Timestamps.get(row, "due_soon_alerted_at"),
                Timestamps.get(row, "breach_alerted_at"));
    }

    private static String key(String ruleId, int instance) {
        return ruleId + "#" + instance;
    }
}
