package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A durable queue of upstream calls. An item is claimed (state {@code sending}, attempt counted) in its own
 * transaction before the call and its outcome recorded after it, so a crash in between leaves a {@code sending}
 * item that is claimed again once its lease runs out.
 */
public final class OutboxStore {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String DONE = "done";
    public static final String DEAD = "dead";

    private final Database database;
    private final Clock clock;

    public OutboxStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds an item inside the caller's transaction unless one with the same key exists; returns true when added. */
    public boolean enqueue(Connection connection, String destination, String action, String idempotencyKey,
                           String subjectId, String payloadJson) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_item (destination, action, idempotency_key, subject_id, payload_json, state, "
                        + "attempts, next_attempt_at, created_at, updated_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, 0, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM outbox_item WHERE idempotency_key = ?)")) {
            Sql.bind(insert, destination, action, idempotencyKey, subjectId, payloadJson, PENDING, now, now, now,
                    idempotencyKey);
            return insert.executeUpdate() > 0;
        }
    }

    /**
     * Claims up to {@code limit} due items of one action. An item waits while an older item for the same subject
     * on the same destination is not yet done, so calls about one complaint keep their order.
     */
    public List<OutboxItem> claimDue(String destination, String action, int limit, Duration lease) {
        // Written to the file before the calls: a claim lost in a kill would let the next claim of the item
        // count as its first attempt, and the delivery skips its check for an earlier call on a first attempt.
        return database.inDurableTransaction(connection -> {
            List<OutboxItem> due = selectDue(connection, destination, action, limit, lease);
            List<OutboxItem> claimed = new ArrayList<>();
            for (OutboxItem item : due) {
                if (markSending(connection, item.id(), item.attemptsBefore())) {
                    claimed.add(item);
                }
            }
            return claimed;
        });
    }

    /**
     * Selects the first {@code limit} due items by id. Pending items past their next attempt and sending items
     * past their lease are read by two queries, each walking the {@code outbox_item_claim} index in id order and
     * stopping after {@code limit} rows, so a claim costs the same with a backlog of any size; one query with an
     * OR between the two cases reads and sorts the whole backlog.
     */
    private List<OutboxItem> selectDue(Connection connection, String destination, String action, int limit,
                                       Duration lease) throws SQLException {
        Instant now = clock.instant();
        List<OutboxItem> items = new ArrayList<>(selectDue(connection, destination, action, PENDING,
                "next_attempt_at", now, limit));
        items.addAll(selectDue(connection, destination, action, SENDING, "updated_at", now.minus(lease), limit));
        items.sort(java.util.Comparator.comparingLong(OutboxItem::id));
        return items.size() > limit ? items.subList(0, limit) : items;
    }

    private List<OutboxItem> selectDue(Connection connection, String destination, String action, String state,
                                       String dueColumn, Instant dueBy, int limit) throws SQLException {
        String sql = "SELECT o.id, o.destination, o.action, o.idempotency_key, o.subject_id, o.payload_json, "
                + "o.attempts, o.last_error_reason IS NOT NULL FROM outbox_item o USE INDEX (outbox_item_claim) WHERE o.destination = ? "
                + "AND o.action = ? AND o.state = ? AND o." + dueColumn + " <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM outbox_item p WHERE p.destination = o.destination "
                + "AND p.subject_id = o.subject_id AND p.id < o.id AND p.state IN ('pending', 'sending')) "
                // Ordered by all index columns, though the first three are fixed, because H2 reads in index order
                // instead of sorting only when the ORDER BY starts with the index's leading columns.
                + "ORDER BY o.destination, o.action, o.state, o.id FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, destination, action, state, dueBy, limit);
            List<OutboxItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new OutboxItem(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7),
                            rows.getBoolean(8)));
                }
            }
            return items;
        }
    }

    private boolean markSending(Connection connection, long id, int attemptsBefore) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_item SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                        + "WHERE id = ? AND attempts = ?")) {
            Sql.bind(update, clock.instant(), id, attemptsBefore);
            return update.executeUpdate() == 1;
        }
    }

    /** Records a successful call; {@code resultRef} is the upstream id it produced or found. */
    public void markDone(long id, String resultRef) {
        database.inTransaction(connection -> markDone(connection, id, resultRef));
    }

    public int markDone(Connection connection, long id, String resultRef) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_item SET state = 'done', result_ref = ?, updated_at = ?, last_error_status = NULL, "
                        + "last_error_uri = NULL, last_error_reason = NULL WHERE id = ?")) {
            Sql.bind(update, resultRef, clock.instant(), id);
            return update.executeUpdate();
        }
    }

    /**
     * Records a failed call. The item goes back to {@code pending} until {@code nextAttemptAt}, or to {@code dead}
     * when {@code nextAttemptAt} is null.
     */
    public void markFailed(long id, Integer status, String uri, String reason, Instant nextAttemptAt) {
        String state = nextAttemptAt == null ? DEAD : PENDING;
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_item SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at), "
                            + "last_error_status = ?, last_error_uri = ?, last_error_reason = ?, updated_at = ? "
                            + "WHERE id = ? AND state = 'sending'")) {
                Sql.bind(update, state, nextAttemptAt, status, uri, truncate(reason), clock.instant(), id);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Makes every pending item of {@code destination} that waits out its backoff after a failed attempt due now,
     * and returns how many changed. Items whose last reply was 429 keep the time the upstream asked for.
     */
    public int retryWaitingNow(String destination) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_item SET next_attempt_at = ?, updated_at = ? WHERE destination = ? "
                            + "AND state = 'pending' AND attempts > 0 AND next_attempt_at > ? "
                            + "AND (last_error_status IS NULL OR last_error_status <> 429)")) {
                Instant now = clock.instant();
                Sql.bind(update, now, now, destination, now);
                return update.executeUpdate();
            }
        });
    }

    /** Counts items by state, for summaries and tests. */
    public long count(String destination, String action, String state) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM outbox_item WHERE destination = ? AND action = ? AND state = ?")) {
                Sql.bind(select, destination, action, state);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * Lists items in id order, filtered by state (all but {@code done} when {@code state} is null) and by
     * destination when {@code destination} is not null.
     */
    public List<OutboxEntry> list(String state, String destination) {
        String sql = "SELECT id, destination, action, subject_id, state, attempts, next_attempt_at, "
                + "last_error_status, last_error_uri, last_error_reason FROM outbox_item "
                + "WHERE (CAST(? AS VARCHAR) IS NULL AND state <> 'done' OR state = ?) "
                + "AND (CAST(? AS VARCHAR) IS NULL OR destination = ?) ORDER BY id";
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Sql.bind(select, state, state, destination, destination);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    private static OutboxEntry entry(ResultSet rows) throws SQLException {
        Integer status = rows.getObject("last_error_status", Integer.class);
        return new OutboxEntry(rows.getLong("id"), rows.getString("destination"), rows.getString("action"),
                rows.getString("subject_id"), rows.getString("state"), rows.getInt("attempts"),
                Sql.instant(rows, "next_attempt_at"), status, rows.getString("last_error_uri"),
                rows.getString("last_error_reason"));
    }

    /**
     * Sets dead items back to {@code pending} with no attempts, due now. The last error stays for reference and
     * marks the item as possibly delivered already, so a follow-up is looked up before it is posted again. Retries
     * one item, or every dead item when {@code id} is null, and returns how many changed.
     */
    public int retryDead(Long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_item SET state = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ? "
                            + "WHERE state = 'dead' AND (CAST(? AS BIGINT) IS NULL OR id = ?)")) {
                Instant now = clock.instant();
                Sql.bind(update, now, now, id, id);
                return update.executeUpdate();
            }
        });
    }

    /** Returns the state of one item, or null when no item has this id. */
    public String state(long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM outbox_item WHERE id = ?")) {
                Sql.bind(select, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    private static String truncate(String reason) {
        if (reason == null || reason.length() <= 1000) {
            return reason;
        }
        return reason.substring(0, 1000);
    }
}
