package id.laporbridge.store;

import id.laporbridge.model.Digests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps records that could not be normalized, with the field and rule they broke, once per distinct content. */
public final class QuarantineStore {

    /** Ends a text that was cut to fit its column. */
    private static final String CUT_MARK = "\u2026";

    private final Clock clock;
    private final ColumnWidths widths;

    public QuarantineStore(Clock clock, ColumnWidths widths) {
        this.clock = clock;
        this.widths = widths;
    }

    /**
     * Stores the record inside the caller's transaction and returns true when this content was not yet quarantined.
     * An upstream id, field or rule longer than its column is cut to fit and ends with "\u2026", because a record
     * rejected for a long id must still be quarantined. The raw JSON is kept whole or the insert fails.
     */
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
            Sql.bind(insert, source, fit("upstream_id", upstreamId), fit("field", field), fit("rule", rule), rawJson,
                    hash, now, now);
            insert.executeUpdate();
            return true;
        }
    }

    private String fit(String column, String text) {
        int width = widths.of("quarantine", column);
        if (text == null || text.length() <= width) {
            return text;
        }
        int end = width - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
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

    /** Lists the quarantined records, of one source or all when {@code source} is null, oldest first. */
    public List<QuarantinedRecord> list(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, source, upstream_id, field, rule, seen_count, first_seen_at, last_seen_at "
                        + "FROM quarantine WHERE (CAST(? AS VARCHAR) IS NULL OR source = ?) ORDER BY id")) {
            Sql.bind(select, source, source);
            List<QuarantinedRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new QuarantinedRecord(rows.getLong("id"), rows.getString("source"),
                            rows.getString("upstream_id"), rows.getString("field"), rows.getString("rule"),
                            rows.getInt("seen_count"), Sql.instant(rows, "first_seen_at"),
                            Sql.instant(rows, "last_seen_at")));
                }
            }
            return records;
        }
    }

    /**
     * Returns the raw JSON of one quarantined record, or of all when {@code id} is null, keyed by quarantine id in
     * id order. The JSON may contain the reporter's identity, so callers must not print it.
     */
    public Map<Long, RawRecord> rawRecords(Connection connection, Long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, source, raw_json FROM quarantine WHERE (CAST(? AS BIGINT) IS NULL OR id = ?) ORDER BY id")) {
            Sql.bind(select, id, id);
            Map<Long, RawRecord> records = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.put(rows.getLong("id"), new RawRecord(rows.getString("source"), rows.getString("raw_json")));
                }
            }
            return records;
        }
    }

    /** Deletes one quarantined record inside the caller's transaction; returns true when it existed. */
    public boolean remove(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quarantine WHERE id = ?")) {
            Sql.bind(delete, id);
            return delete.executeUpdate() > 0;
        }
    }

    /** Stores the field and rule a record breaks now, after a replay against the current configuration. */
    public void updateReason(Connection connection, long id, String field, String rule) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE quarantine SET field = ?, rule = ? WHERE id = ?")) {
            Sql.bind(update, fit("field", field), fit("rule", rule), id);
            update.executeUpdate();
        }
    }

    /** The source and raw JSON of a quarantined record. */
    public record RawRecord(String source, String rawJson) {
    }
}
