package id.laporbridge.store;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.model.Digests;
import id.laporbridge.normalize.ComplaintNormalizer;
import id.laporbridge.normalize.ListedPosition;
import id.laporbridge.normalize.RecordRejected;
import id.laporbridge.normalize.UnknownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Stores one listing page in one transaction: normalizes each record, quarantines those that break a rule, writes
 * the rest, lets the decide stage queue what must cross the bridge, and moves the cursor. A value longer than its
 * store column breaks a rule too. Nothing of the page is kept when the transaction fails, so the next poll reads it
 * again.
 */
public final class PageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
    /** Longer status values are counted and logged by their first characters only. */
    private static final int MAX_STATUS_LENGTH = 64;
    /** The field of a record quarantined because the store raised a data error on one of its values. */
    public static final String STORE_FIELD = "store";

    private final Database database;
    private final ComplaintNormalizer normalizer;
    private final UnaryOperator<String> matchingForm;
    private final ComplaintWriter writer;
    private final QuarantineStore quarantine;
    private final CursorStore cursors;
    private final Decisions decisions;

    public PageWriter(Database database, ComplaintNormalizer normalizer, UnaryOperator<String> matchingForm,
                      ComplaintWriter writer, QuarantineStore quarantine, CursorStore cursors, Decisions decisions) {
        this.database = database;
        this.normalizer = normalizer;
        this.matchingForm = matchingForm;
        this.writer = writer;
        this.quarantine = quarantine;
        this.cursors = cursors;
        this.decisions = decisions;
    }

    public PageCounts write(String source, String listing, Iterable<JsonNode> records) {
        return write(source, listing, records, false, null);
    }

    /**
     * Stores a page. {@code invalidUtf8} is true when the reply was not valid UTF-8 (see the normalizer). A record
     * at or before {@code readUpTo} is counted as unchanged without being normalized or compared, because the
     * caller passes a cursor only when a poll has already read every record up to it in its latest form (see the
     * fetch stage's listing poll). A record without an update time of its own is always normalized. With null,
     * every record is read.
     */
    public PageCounts write(String source, String listing, Iterable<JsonNode> records, boolean invalidUtf8,
                            Cursor readUpTo) {
        return database.inTransaction(connection -> {
            PageCounts counts = new PageCounts();
            Cursor last = null;
            for (JsonNode record : records) {
                if (readBefore(record, readUpTo)) {
                    counts.fetched++;
                    counts.unchanged++;
                    continue;
                }
                Cursor position = writeOne(connection, source, record, invalidUtf8, counts);
                if (position != null && (last == null || position.compareTo(last) > 0)) {
                    last = position;
                }
            }
            if (last != null) {
                cursors.advance(connection, source, listing, last);
            }
            return counts;
        });
    }

    private boolean readBefore(JsonNode record, Cursor readUpTo) {
        if (readUpTo == null) {
            return false;
        }
        ListedPosition position = normalizer.position(record);
        return position != null && new Cursor(position.updatedAt(), position.upstreamId()).compareTo(readUpTo) <= 0;
    }

    /**
     * Normalizes, checks and writes one record, and returns its cursor position, or null when it was quarantined
     * instead. Only a store failure that is not a data error fails the page.
     */
    private Cursor writeOne(Connection connection, String source, JsonNode record, boolean invalidUtf8,
                            PageCounts counts) throws SQLException {
        counts.fetched++;
        try {
            CanonicalComplaint complaint = normalizer.normalize(record, invalidUtf8);
            WriteOutcome outcome = storeOrReject(connection, complaint);
            counts.count(outcome.kind());
            return new Cursor(complaint.updatedAt(), complaint.upstreamId());
        } catch (RecordRejected e) {
            quarantine(connection, source, record, e, counts);
            return null;
        }
    }

    /**
     * Normalizes one record again and, when it passes, writes and decides it as a poll would, inside the caller's
     * transaction. The cursor does not move, and nothing is quarantined: a record that still breaks a rule throws
     * {@link RecordRejected}. The stored JSON does not show whether its reply was valid UTF-8, so a replacement
     * character in it counts as lost bytes.
     */
    public WriteOutcome replay(Connection connection, JsonNode record) throws SQLException {
        return storeOrReject(connection, normalizer.normalize(record, true));
    }

    /**
     * Stores a record inside a savepoint. A data error of the store (SQLState class 22) that the checks before the
     * write did not foresee rolls back to the savepoint, so that nothing of the record stays, and is thrown as a
     * {@link RecordRejected} of field {@value #STORE_FIELD}.
     */
    private WriteOutcome storeOrReject(Connection connection, CanonicalComplaint complaint) throws SQLException {
        Savepoint beforeRecord = connection.setSavepoint();
        try {
            WriteOutcome outcome = store(connection, complaint);
            connection.releaseSavepoint(beforeRecord);
            return outcome;
        } catch (RecordRejected e) {
            connection.rollback(beforeRecord);
            throw e;
        } catch (SQLException e) {
            SQLException dataError = StoreDataErrors.find(e);
            if (dataError == null) {
                throw e;
            }
            connection.rollback(beforeRecord);
            throw new RecordRejected(complaint.upstreamId(), STORE_FIELD, StoreDataErrors.rule(dataError));
        }
    }

    /** Writes and decides a normalized record; one with a value longer than its column is rejected unwritten. */
    private WriteOutcome store(Connection connection, CanonicalComplaint complaint) throws SQLException {
        WriteOutcome outcome = writer.write(connection, complaint,
                () -> complaint.body() == null ? null : matchingForm.apply(complaint.body()),
                tooLong -> {
                    throw new RecordRejected(complaint.upstreamId(), normalizer.upstreamField(tooLong.field()),
                            tooLong.rule());
                });
        if (outcome.kind() != WriteOutcome.Kind.UNCHANGED) {
            decisions.afterWrite(connection, complaint, outcome);
        }
        return outcome;
    }

    /**
     * Quarantines a record inside its own savepoint. A record that even the quarantine cannot hold, such as one
     * longer than its raw_json column, is dropped with an ERROR so that it does not block the page. The upstream
     * sends it again when it changes.
     */
    private void quarantine(Connection connection, String source, JsonNode record, RecordRejected rejected,
                            PageCounts counts) throws SQLException {
        String rawJson = record.toString();
        Savepoint beforeQuarantine = connection.setSavepoint();
        boolean first;
        try {
            first = quarantine.put(connection, source, rejected.upstreamId(), rejected.field(), rejected.rule(),
                    rawJson);
            connection.releaseSavepoint(beforeQuarantine);
            counts.quarantined++;
        } catch (SQLException e) {
            SQLException dataError = StoreDataErrors.find(e);
            if (dataError == null) {
                throw e;
            }
            connection.rollback(beforeQuarantine);
            LOG.error("Record dropped, the quarantine failed to store it source={} id={} field={} rule=\"{}\" "
                    + "rawLength={} quarantineError=\"{}\"", source, loggedId(rejected.upstreamId()), rejected.field(),
                    rejected.rule(), rawJson.length(), StoreDataErrors.rule(dataError));
            return;
        }
        if (!first) {
            return;
        }
        if (rejected instanceof UnknownStatus unknown) {
            countUnknownStatus(connection, source, rejected, unknown.status());
        } else {
            LOG.warn("Record quarantined source={} id={} field={} rule=\"{}\"", source,
                    loggedId(rejected.upstreamId()), rejected.field(), rejected.rule());
        }
    }

    /**
     * Counts the quarantined record versions by unknown status value, and logs each value once, however many
     * records carry it.
     */
    private void countUnknownStatus(Connection connection, String source, RecordRejected rejected, String status)
            throws SQLException {
        String stored = status.length() > MAX_STATUS_LENGTH ? status.substring(0, MAX_STATUS_LENGTH) : status;
        if (quarantine.countUnknownStatus(connection, source, stored)) {
            LOG.warn("Status unknown, records carrying it are quarantined until status-map.yaml maps it "
                    + "source={} status=\"{}\" field={} firstId={}", source, stored, rejected.field(),
                    loggedId(rejected.upstreamId()));
        }
    }

    /**
     * Returns an upstream id as it may appear in a log line: as received when it is a plain id, otherwise its length
     * and a hash, because a rejected id may hold anything, line breaks and personal data included.
     */
    static String loggedId(String upstreamId) {
        if (upstreamId == null || PLAIN_ID.matcher(upstreamId).matches()) {
            return upstreamId;
        }
        return "sha256:" + Digests.sha256(upstreamId).substring(0, 16) + "/length:" + upstreamId.length();
    }

    /** The decide stage, called for every record that is new, changed or older than the stored state. */
    @FunctionalInterface
    public interface Decisions {
        void afterWrite(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome)
                throws SQLException;
    }
}
