package id.laporbridge.sla.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes the {@code sla_breach} table: one row per complaint, rule and missed deadline. */
public final class BreachRecords {

    private static final String INSERT = "INSERT INTO sla_breach (complaint_id, rule_id, deadline, instance, opd_code, "
            + "recorded_at) SELECT ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM sla_breach "
            + "WHERE complaint_id = ? AND rule_id = ? AND deadline = ?)";

    /**
     * Records the breach of a clock's deadline in the caller's transaction. Returns false when that complaint, rule
     * and deadline were recorded before, so the caller sends no second alert.
     */
    public boolean record(Connection connection, DueClock clock, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, clock.complaintId());
            insert.setString(2, clock.ruleId());
            Timestamps.set(insert, 3, clock.deadline());
            insert.setInt(4, clock.instance());
            insert.setString(5, clock.opdCode());
            Timestamps.set(insert, 6, at);
            insert.setLong(7, clock.complaintId());
            insert.setString(8, clock.ruleId());
            Timestamps.set(insert, 9, clock.deadline());
            return insert.executeUpdate() == 1;
        }
    }
}
