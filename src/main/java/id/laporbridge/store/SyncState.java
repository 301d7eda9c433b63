package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads what the store contains about the other side of a link, inside the decide stage's transaction. That is the
 * stored status, stage and organisation of a record, and whether an outbox item was ever queued under a key.
 */
public final class SyncState {

    /** The stored state of one upstream record. */
    public record RecordState(String status, String stage, String orgCode) {
    }

    public Optional<RecordState> record(Connection connection, String source, String upstreamId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT status, stage, org_code FROM complaint WHERE source = ? AND upstream_id = ?")) {
            Sql.bind(select, source, upstreamId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RecordState(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
    }

    /** Tells whether an outbox item with this idempotency key exists, in any state. */
    public boolean queued(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM outbox_item WHERE idempotency_key = ?")) {
            Sql.bind(select, idempotencyKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
