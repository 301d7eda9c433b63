package id.laporbridge.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.model.Message;
import id.laporbridge.model.StatusEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stores canonical complaints idempotently, inside the caller's transaction. The same record twice changes nothing;
 * a record older than the stored one is kept in history only.
 */
public final class ComplaintWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COLUMNS = "upstream_created_at, upstream_updated_at, status, stage, title, body, "
            + "body_normalized, classification, category_code, org_code, channel, anonymous, secret, reporter_json, "
            + "location_json, ref_sp4n, content_hash, raw_json";

    private final Clock clock;
    private final Predicate<String> bridgeClientRef;

    /** {@code bridgeClientRef} tells whether a message's client_ref marks it as posted by the bridge. */
    public ComplaintWriter(Clock clock, Predicate<String> bridgeClientRef) {
        this.clock = clock;
        this.bridgeClientRef = bridgeClientRef;
    }

    /**
     * Stores one complaint; {@code normalizedBody} computes the body's matching form, and is called only when the
     * complaint is inserted or updated, because most records a poll reads again are unchanged.
     */
    public WriteOutcome write(Connection connection, CanonicalComplaint complaint, Supplier<String> normalizedBody)
            throws SQLException {
        Stored stored = find(connection, complaint.source(), complaint.upstreamId());
        WriteOutcome outcome;
        if (stored == null) {
            outcome = new WriteOutcome(insert(connection, complaint, normalizedBody.get()), WriteOutcome.Kind.NEW);
            DuplicateQueue.add(connection, outcome.complaintId(), complaint);
        } else if (complaint.updatedAt().isBefore(stored.updatedAt())) {
            outcome = new WriteOutcome(stored.id(), WriteOutcome.Kind.STALE);
        } else if (complaint.contentHash().equals(stored.contentHash())) {
            return new WriteOutcome(stored.id(), WriteOutcome.Kind.UNCHANGED);
        } else {
            update(connection, stored.id(), complaint, normalizedBody.get());
            outcome = new WriteOutcome(stored.id(), WriteOutcome.Kind.UPDATED);
            DuplicateQueue.add(connection, outcome.complaintId(), complaint);
        }
        boolean applied = outcome.kind() != WriteOutcome.Kind.STALE;
        int added = 0;
        for (StatusEvent event : complaint.history()) {
            added += recordStatus(connection, outcome.complaintId(), event, applied);
        }
        for (Message message : complaint.messages()) {
            added += recordMessage(connection, outcome.complaintId(), message);
        }
        if (added > 0 && !applied) {
            markChanged(connection, outcome.complaintId());
        }
        return outcome;
    }

    private Stored find(Connection connection, String source, String upstreamId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, upstream_updated_at, content_hash FROM complaint WHERE source = ? AND upstream_id = ?")) {
            Sql.bind(select, source, upstreamId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                return new Stored(rows.getLong("id"), Sql.instant(rows, "upstream_updated_at"),
                        rows.getString("content_hash"));
            }
        }
    }

    private long insert(Connection connection, CanonicalComplaint complaint, String normalizedBody)
            throws SQLException {
        String sql = "INSERT INTO complaint (source, upstream_id, " + COLUMNS + ", first_seen_at, last_changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Instant now = clock.instant();
            Object[] values = values(complaint, normalizedBody);
            Object[] all = new Object[values.length + 4];
            all[0] = complaint.source();
            all[1] = complaint.upstreamId();
            System.arraycopy(values, 0, all, 2, values.length);
            all[values.length + 2] = now;
            all[values.length + 3] = now;
            Sql.bind(insert, all);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(Connection connection, long id, CanonicalComplaint complaint, String normalizedBody)
            throws SQLException {
        String assignments = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
        String sql = "UPDATE complaint SET " + assignments + ", last_changed_at = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Object[] values = values(complaint, normalizedBody);
            Object[] all = new Object[values.length + 2];
            System.arraycopy(values, 0, all, 0, values.length);
            all[values.length] = clock.instant();
            all[values.length + 1] = id;
            Sql.bind(update, all);
            update.executeUpdate();
        }
    }

    private Object[] values(CanonicalComplaint complaint, String normalizedBody) {
        return new Object[] {
            complaint.createdAt(), complaint.updatedAt(), complaint.status(), complaint.stage(), complaint.title(),
            complaint.body(), normalizedBody, complaint.classification(), complaint.categoryCode(),
            complaint.orgCode(), complaint.channel(), complaint.anonymous(), complaint.secret(),
            complaint.anonymous() ? null : json(complaint.reporter()), json(complaint.location()),
            complaint.refSp4n(), complaint.contentHash(), complaint.raw().toString()
        };
    }

    /** Raises last_changed_at, which the SLA check reads to find complaints whose history grew. */
    private void markChanged(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE complaint SET last_changed_at = ? WHERE id = ?")) {
            Sql.bind(update, clock.instant(), id);
            update.executeUpdate();
        }
    }

    private int recordStatus(Connection connection, long complaintId, StatusEvent event, boolean applied)
            throws SQLException {
        String sql = "INSERT INTO status_event (complaint_id, status, stage, occurred_at, recorded_at, applied) "
                + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM status_event "
                + "WHERE complaint_id = ? AND status = ? AND occurred_at = ?)";
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            Sql.bind(merge, complaintId, event.status(), event.stage(), event.at(), clock.instant(), applied,
                    complaintId, event.status(), event.at());
            return merge.executeUpdate();
        }
    }

    private int recordMessage(Connection connection, long complaintId, Message message) throws SQLException {
        String sql = "INSERT INTO complaint_message (complaint_id, upstream_id, kind, body, author, created_at, "
                + "client_ref, from_bridge, recorded_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM complaint_message WHERE complaint_id = ? AND upstream_id = ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            boolean fromBridge = message.clientRef() != null && bridgeClientRef.test(message.clientRef());
            Sql.bind(insert, complaintId, message.upstreamId(), message.kind(), message.body(), message.author(),
                    message.createdAt(), message.clientRef(), fromBridge, clock.instant(), complaintId,
                    message.upstreamId());
            return insert.executeUpdate();
        }
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Failed to write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private record Stored(long id, Instant updatedAt, String contentHash) {
    }
}
