package id.laporbridge.sla.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the running clocks of every complaint, with the complaint's ids and filing time. */
final class DigestReader {

    // NOTE: sla_clock has no index on outcome, so this reads the whole table; it runs once a day.
    private static final String OPEN = "SELECT k.opd_code, k.complaint_id, k.due_soon_at, k.deadline, c.source, "
            + "c.upstream_id, c.upstream_created_at FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
            + "WHERE k.outcome = 'running'";

    List<OpenClock> openClocks(Connection connection) throws SQLException {
        List<OpenClock> clocks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(OPEN);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                clocks.add(new OpenClock(row.getString("opd_code"), row.getLong("complaint_id"),
                        row.getString("source") + ":" + row.getString("upstream_id"),
                        instant(row, "upstream_created_at"), instant(row, "due_soon_at"), instant(row, "deadline")));
            }
        }
        return clocks;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
