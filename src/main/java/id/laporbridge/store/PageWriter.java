package id.laporbridge.store;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.normalize.ComplaintNormalizer;
import id.laporbridge.normalize.RecordRejected;
import id.laporbridge.normalize.UnknownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * Stores one listing page in one transaction: normalizes each record, quarantines those that break a rule, writes
 * the rest, lets the decide stage queue what must cross the bridge, and moves the cursor. Nothing of the page is
 * kept when the transaction fails, so the next poll reads it again.
 */
public final class PageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);
    /** Longer status values are counted and logged by their first characters only. */
    private static final int MAX_STATUS_LENGTH = 64;

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
        return write(source, listing, records, false);
    }

    /** Stores a page; {@code invalidUtf8} says the reply was not valid UTF-8 (see the normalizer). */
    public PageCounts write(String source, String listing, Iterable<JsonNode> records, boolean invalidUtf8) {
        return database.inTransaction(connection -> {
            PageCounts counts = new PageCounts();
            Cursor last = null;
            for (JsonNode record : records) {
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

    private Cursor writeOne(Connection connection, String source, JsonNode record, boolean invalidUtf8,
                            PageCounts counts) throws SQLException {
        counts.fetched++;
        CanonicalComplaint complaint;
        try {
            complaint = normalizer.normalize(record, invalidUtf8);
        } catch (RecordRejected e) {
            quarantine(connection, source, record, e, counts);
            return null;
        }
        WriteOutcome outcome = store(connection, complaint);
        counts.count(outcome.kind());
        return new Cursor(complaint.updatedAt(), complaint.upstreamId());
    }

    /**
     * Normalizes one record again and, when it passes, writes and decides it as a poll would, inside the caller's
     * transaction. The cursor does not move, and nothing is quarantined: a record that still breaks a rule throws
     * {@link RecordRejected}. The stored JSON does not show whether its reply was valid UTF-8, so a replacement
     * character in it counts as lost bytes.
     */
    public WriteOutcome replay(Connection connection, JsonNode record) throws SQLException {
        return store(connection, normalizer.normalize(record, true));
    }

    private WriteOutcome store(Connection connection, CanonicalComplaint complaint) throws SQLException {
        WriteOutcome outcome = writer.write(connection, complaint,
                () -> complaint.body() == null ? null : matchingForm.apply(complaint.body()));
        if (outcome.kind() != WriteOutcome.Kind.UNCHANGED) {
            decisions.afterWrite(connection, complaint, outcome);
        }
        return outcome;
    }

    private void quarantine(Connection connection, String source, JsonNode record, RecordRejected rejected,
                            PageCounts counts) throws SQLException {
        counts.quarantined++;
        boolean first = quarantine.put(connection, source, rejected.upstreamId(), rejected.field(), rejected.rule(),
                record.toString());
        if (!first) {
            return;
        }
        if (rejected instanceof UnknownStatus unknown) {
            countUnknownStatus(connection, source, rejected, unknown.status());
        } else {
            LOG.warn("Record quarantined source={} id={} field={} rule={}", source, rejected.upstreamId(),
                    rejected.field(), rejected.rule());
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
                    rejected.upstreamId());
        }
    }

    /** The decide stage, called for every record that is new, changed or older than the stored state. */
    @FunctionalInterface
    public interface Decisions {
        void afterWrite(Connection connection, CanonicalComplaint complaint, WriteOutcome outcome)
                throws SQLException;
    }
}
