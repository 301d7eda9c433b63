package id.laporbridge.sla.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** How far the SLA check has read the complaints' {@code last_changed_at}, in table {@code sla_watermark}. */
public final class SlaWatermark {

    private static final String NAME = "sla-check";
    private static final String READ = "SELECT changed_up_to FROM sla_watermark WHERE name = ?";
    private static final String WRITE = "MERGE INTO sla_watermark (name, changed_up_to, checked_at) KEY (name) "
            + "VALUES (?, ?, ?)";

    public Optional<Instant> read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ)) {
            query.setString(1, NAME);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Timestamps.get(row, "changed_up_to")) : Optional.empty();
            }
        }
    }

    public void write(Connection connection, Instant changedUpTo, Instant checkedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setString(1, NAME);
            Timestamps.set(statement, 2, changedUpTo);
            Timestamps.set(statement, 3, checkedAt);
            statement.executeUpdate();
        }
    }
}
