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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stores canonical complaints idempotently, inside the caller's transaction. The same record twice changes nothing.
 * A record older than the newest version seen, content-equal resends included, is kept in history only.
 */
public final class ComplaintWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLAINT = "complaint";
    private static final String STATUS_EVENT = "status_event";
    private static final String MESSAGE = "complaint_message";

    /** The columns of {@code complaint} after source and upstream_id, in the order of the INSERT. */
    private static final List<Column> COLUMNS = List.of(
            new Column("upstream_created_at", null, null, (c, normalizedBody) -> c.createdAt()),
            new Column("upstream_updated_at", null, null, (c, normalizedBody) -> c.updatedAt()),
            new Column("status", "status", null, (c, normalizedBody) -> c.status()),
            new Column("stage", "status", "as its stage", (c, normalizedBody) -> c.stage()),
            new Column("title", "title", null, (c, normalizedBody) -> c.title()),
            new Column("body", "body", null, (c, normalizedBody) -> c.body()),
            new Column("body_normalized", "body", "in its matching form", (c, normalizedBody) -> normalizedBody),
            new Column("classification", "classification", null, (c, normalizedBody) -> c.classification()),
            new Column("category_code", "category", null, (c, normalizedBody) -> c.categoryCode()),
            new Column("org_code", "org", null, (c, normalizedBody) -> c.orgCode()),
            new Column("channel", "channel", null, (c, normalizedBody) -> c.channel()),
            new Column("anonymous", null, null, (c, normalizedBody) -> c.anonymous()),
            new Column("secret", null, null, (c, normalizedBody) -> c.secret()),
            new Column("reporter_json", "reporter", "as JSON",
                    (c, normalizedBody) -> c.anonymous() ? null : json(c.reporter())),
            new Column("location_json", "location", "as JSON", (c, normalizedBody) -> json(c.location())),
            new Column("ref_sp4n", "ref-sp4n", null, (c, normalizedBody) -> c.refSp4n()),
            new Column("content_hash", "record", "as its hash", (c, normalizedBody) -> c.contentHash()),
            new Column("raw_json", "record", "as JSON", (c, normalizedBody) -> c.raw().toString()));

    private static final String COLUMN_NAMES = String.join(", ", COLUMNS.stream().map(Column::name).toList());

    private final Clock clock;
    private final Predicate<String> bridgeClientRef;
    private final ColumnWidths widths;

    /**
     * {@code bridgeClientRef} returns true for a client_ref that marks a message as posted by the bridge.
     * {@code widths} are the store's column widths, which {@link #firstTooLong} checks against.
     */
    public ComplaintWriter(Clock clock, Predicate<String> bridgeClientRef, ColumnWidths widths) {
        this.clock = clock;
        this.bridgeClientRef = bridgeClientRef;
        this.widths = widths;
    }

    /**
     * Returns the first value of the record that is longer than the column {@link #write} would store it in, or
     * empty when every value fits. {@code values} are the complaint columns' values, in the order of the columns.
     */
    private Optional<ValueTooLong> firstTooLong(CanonicalComplaint complaint, Object[] values) {
        List<Bounded> bounded = new ArrayList<>();
        bounded.add(new Bounded(COMPLAINT, "upstream_id", "id", null, complaint.upstreamId()));
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            if (column.field() != null) {
                bounded.add(new Bounded(COMPLAINT, column.name(), column.field(), column.form(), (String) values[i]));
            }
        }
        for (StatusEvent event : complaint.history()) {
            bounded.add(new Bounded(STATUS_EVENT, "status", "history-status", null, event.status()));
            bounded.add(new Bounded(STATUS_EVENT, "stage", "history-status", "as its stage", event.stage()));
        }
        for (Message message : complaint.messages()) {
            bounded.add(new Bounded(MESSAGE, "upstream_id", "message-id", null, message.upstreamId()));
            bounded.add(new Bounded(MESSAGE, "kind", "message-kind", null, message.kind()));
            bounded.add(new Bounded(MESSAGE, "body", "message-body", null, message.body()));
            bounded.add(new Bounded(MESSAGE, "author", "message-author", null, message.author()));
            bounded.add(new Bounded(MESSAGE, "client_ref", "message-client-ref", null, message.clientRef()));
        }
        for (Bounded value : bounded) {
            int width = widths.of(value.table(), value.column());
            if (value.text() != null && value.text().length() > width) {
                return Optional.of(new ValueTooLong(value.table(), value.column(), value.field(), value.form(),
                        value.text().length(), width));
            }
        }
        return Optional.empty();
    }

    /**
     * Stores one complaint, as {@link #write(Connection, CanonicalComplaint, Supplier, Consumer)} does, and throws
     * {@link IllegalArgumentException} for a value longer than its column.
     */
    public WriteOutcome write(Connection connection, CanonicalComplaint complaint, Supplier<String> normalizedBody)
            throws SQLException {
        return write(connection, complaint, normalizedBody, tooLong -> {
            throw new IllegalArgumentException("Invalid value of " + tooLong.table() + "." + tooLong.column() + ": "
                    + tooLong.rule());
        });
    }

    /**
     * Stores one complaint. {@code normalizedBody} computes the body's matching form, and is called only when the
     * complaint is inserted or updated, because most records a poll reads again are unchanged. Before anything of a
     * record is written, its values are checked against the column widths, and {@code reject} receives the first
     * value that does not fit and must throw. A record content-equal to the stored version is not checked again.
     */
    public WriteOutcome write(Connection connection, CanonicalComplaint complaint, Supplier<String> normalizedBody,
                              Consumer<ValueTooLong> reject) throws SQLException {
        Stored stored = find(connection, complaint.source(), complaint.upstreamId());
        WriteOutcome outcome;
        if (stored == null) {
            Object[] values = checkedValues(complaint, normalizedBody.get(), reject);
            outcome = new WriteOutcome(insert(connection, complaint, values), WriteOutcome.Kind.NEW);
            DuplicateQueue.add(connection, outcome.complaintId(), complaint);
        } else if (complaint.updatedAt().isBefore(stored.updatedAt())) {
            checkedValues(complaint, null, reject);
            outcome = new WriteOutcome(stored.id(), WriteOutcome.Kind.STALE);
        } else if (complaint.contentHash().equals(stored.contentHash())) {
            if (complaint.updatedAt().isAfter(stored.updatedAt())) {
                raiseUpdatedAt(connection, stored.id(), complaint.updatedAt());
            }
            return new WriteOutcome(stored.id(), WriteOutcome.Kind.UNCHANGED);
        } else {
            update(connection, stored.id(), checkedValues(complaint, normalizedBody.get(), reject));
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

    /** Computes the complaint columns' values and passes the first value longer than its column to {@code reject}. */
    private Object[] checkedValues(CanonicalComplaint complaint, String normalizedBody,
                                   Consumer<ValueTooLong> reject) {
        Object[] values = values(complaint, normalizedBody);
        firstTooLong(complaint, values).ifPresent(tooLong -> {
            reject.accept(tooLong);
            throw new IllegalStateException("Width check failed to reject a value of " + tooLong.table() + "."
                    + tooLong.column() + " that is " + tooLong.rule());
        });
        return values;
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

    private long insert(Connection connection, CanonicalComplaint complaint, Object[] values) throws SQLException {
        String sql = "INSERT INTO complaint (source, upstream_id, " + COLUMN_NAMES + ", first_seen_at, "
                + "last_changed_at) VALUES (?, ?, " + "?, ".repeat(COLUMNS.size()) + "?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Instant now = clock.instant();
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

    private void update(Connection connection, long id, Object[] values) throws SQLException {
        String assignments = String.join(" = ?, ", COLUMN_NAMES.split(", ")) + " = ?";
        String sql = "UPDATE complaint SET " + assignments + ", last_changed_at = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Object[] all = new Object[values.length + 2];
            System.arraycopy(values, 0, all, 0, values.length);
            all[values.length] = clock.instant();
            all[values.length + 1] = id;
            Sql.bind(update, all);
            update.executeUpdate();
        }
    }

    private static Object[] values(CanonicalComplaint complaint, String normalizedBody) {
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = COLUMNS.get(i).value().of(complaint, normalizedBody);
        }
        return values;
    }

    /**
     * Moves upstream_updated_at to a content-equal resend's newer time, so that a version older than the resend
     * counts as stale. last_changed_at and raw_json stay as they are, because the content did not change.
     */
    private void raiseUpdatedAt(Connection connection, long id, Instant updatedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE complaint SET upstream_updated_at = ? WHERE id = ?")) {
            Sql.bind(update, updatedAt, id);
            update.executeUpdate();
        }
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

    /**
     * A column of {@code complaint}: its name, the canonical field its value comes from (see
     * {@link ValueTooLong#field()}), null for a column that is not of a character type, how the value differs from
     * that field when it is derived from it, and the value.
     */
    private record Column(String name, String field, String form, ValueOf value) {
    }

    /** A value bound for a character column, with the names {@link ValueTooLong} reports. */
    private record Bounded(String table, String column, String field, String form, String text) {
    }

    @FunctionalInterface
    private interface ValueOf {
        Object of(CanonicalComplaint complaint, String normalizedBody);
    }
}
