package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** SQL on {@code dedup_parameters}, which stores the fingerprint the index was built with. */
final class ParameterTable {

    static final String INDEX_PARAMETERS = "index";

    Optional<String> fingerprint(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT fingerprint FROM dedup_parameters WHERE name = ?")) {
            statement.setString(1, INDEX_PARAMETERS);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void storeFingerprint(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO dedup_parameters (name, fingerprint, updated_at) KEY (name) VALUES (?, ?, ?)")) {
            statement.setString(1, INDEX_PARAMETERS);
            statement.setString(2, fingerprint);
            statement.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    void deleteFingerprint(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM dedup_parameters WHERE name = ?")) {
            statement.setString(1, INDEX_PARAMETERS);
            statement.executeUpdate();
        }
    }
}
