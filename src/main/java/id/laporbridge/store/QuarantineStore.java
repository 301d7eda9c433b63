package id.laporbridge.store;

import id.laporbridge.model.Digests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/** Keeps records that could not be normalized, with the field and rule they broke, once per distinct content. */
public final class QuarantineStore {

    private final Clock clock;

    public QuarantineStore(Clock clock) {
        this.clock = clock;
    }

    /** Stores the record inside the caller's transaction; returns true when this content was not yet quarantined. */
    public boolean put(Connection connection, String source, String upstreamId, String field, String rule,
                       String rawJson) throws SQLException {
        String hash = Digests.sha256(rawJson);
        Instant now = clock.instant();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE quarantine SET last_seen_at = ?, seen_count = seen_count + 1 "
                        + "WHERE source = ? AND content_hash = ?")) {
            Sql.bind(update, now, source, hash);
            if (update.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quarantine (source, upstream_id, field, rule, raw_json, content_hash, first_seen_at, "
                        + "last_seen_at, seen_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            Sql.bind(insert, source, upstreamId, field, rule, rawJson, hash, now, now);
            insert.executeUpdate();
            return true;
        }
    }

    /**
     * Counts one more record version quarantined for an unknown status value, inside the caller's transaction.
     * Returns true the first time this value is seen from this source.
     */
    public boolean countUnknownStatus(Connection connection, String source, String status) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE unknown_status SET last_seen_at = ?, seen_count = seen_count + 1 "
                        + "WHERE source = ? AND status = ?")) {
            Sql.bind(update, now, source, status);
            if (update.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO unknown_status (source, status, first_seen_at, last_seen_at, seen_count) "
                        + "VALUES (?, ?, ?, ?, 1)")) {
            Sql.bind(insert, source, status, now, now);
            insert.executeUpdate();
            return true;
        }
    }
}
