package id.laporbridge.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.OpdMap;
import id.laporbridge.model.Digests;
import id.laporbridge.model.StoredJson;
import id.laporbridge.store.BackgroundYield;
import id.laporbridge.store.DuplicateQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the duplicate check on the stored complaints queued in {@code duplicate_due}: those new or changed since their
 * last check. A Lapor Bantul aduan mirrored from SP4N-LAPOR! is the same complaint as its source and is not checked
 * against it; an aduan filed directly in Lapor Bantul is. OPD codes are compared in Lapor Bantul's terms, through
 * the OPD map.
 */
public final class StoredComplaintChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StoredComplaintChecks.class);

    /** Reads one batch of the queue with the complaints' current versions; the primary key gives the id order. */
    private static final String DUE = "SELECT q.complaint_id, q.content_hash AS queued_hash, c.id, c.source, "
            + "c.upstream_id, c.body, c.upstream_created_at, c.org_code, c.category_code, c.location_json, "
            + "c.reporter_json, c.content_hash, c.ref_sp4n FROM duplicate_due q "
            + "LEFT JOIN complaint c ON c.id = q.complaint_id ORDER BY q.complaint_id FETCH FIRST ? ROWS ONLY";
    private static final String MARK_CHECKED = "MERGE INTO duplicate_check (complaint_id, content_hash, checked_at) "
            + "KEY (complaint_id) VALUES (?, ?, ?)";
    /** Leaves a row that a write queued again during the check, so that the new version is checked next. */
    private static final String DEQUEUE = "DELETE FROM duplicate_due WHERE complaint_id = ? AND content_hash = ?";

    private final DataSource dataSource;
    private final DuplicateDetector detector;
    private final OpdMap opdMap;
    private final int batchSize;
    private final BackgroundYield yield;
    private final Clock clock;

    public StoredComplaintChecks(DataSource dataSource, DuplicateDetector detector, OpdMap opdMap, int batchSize,
                                 BackgroundYield yield, Clock clock) {
        this.dataSource = dataSource;
        this.detector = detector;
        this.opdMap = opdMap;
        this.batchSize = batchSize;
        this.yield = yield;
        this.clock = clock;
    }

    /**
     * Checks up to one batch of queued complaints, oldest first, in one transaction; returns how many were taken
     * off the queue. Returns 0 without checking while the sync is busy and {@code yield} requests a wait.
     */
    public int checkDue() throws SQLException {
        if (yield.shouldWait()) {
            return 0;
        }
        List<Due> due = selectDue();
        if (due.isEmpty()) {
            return 0;
        }
        List<ComplaintText> texts = due.stream().filter(Due::covered).map(Due::text).toList();
        List<DuplicateLink> links = detector.checkAll(texts, connection -> dequeue(connection, due));
        long duplicates = links.stream().filter(link -> link.kind() == LinkKind.DUPLICATE).count();
        LOG.info("Duplicate check finished checked={} duplicateLinks={}", texts.size(), duplicates);
        return due.size();
    }

    /**
     * Adds every queued complaint to the index without checking it or recording links, {@code pageSize} per
     * transaction, and empties the queue; returns how many were indexed. For a store filled in bulk with complaints
     * already reviewed, such as the seeded part of the sync benchmark's heap run. Stop the bridge first.
     */
    public long indexQueuedWithoutChecking(int pageSize) throws SQLException {
        long indexed = 0;
        for (List<Due> due = selectDue(pageSize); !due.isEmpty(); due = selectDue(pageSize)) {
            List<Due> page = due;
            List<ComplaintText> texts = page.stream().filter(Due::covered).map(Due::text).toList();
            detector.indexWithoutChecking(texts, connection -> dequeue(connection, page));
            indexed += texts.size();
        }
        return indexed;
    }

    private List<Due> selectDue() throws SQLException {
        return selectDue(batchSize);
    }

    private List<Due> selectDue(int limit) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(due(rows));
                }
            }
        }
        return due;
    }

    /**
     * Reads one queue row. A queued complaint that was deleted since, or that the check does not cover, is only
     * taken off the queue.
     */
    private Due due(ResultSet rows) throws SQLException {
        long complaintId = rows.getLong("complaint_id");
        String queuedHash = rows.getString("queued_hash");
        rows.getLong("id");
        boolean covered = !rows.wasNull() && DuplicateQueue.covers(rows.getString("source"),
                rows.getString("ref_sp4n"), rows.getString("body"));
        return new Due(complaintId, queuedHash, covered ? text(rows) : null, rows.getString("content_hash"));
    }

    private void dequeue(Connection connection, List<Due> due) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement merge = connection.prepareStatement(MARK_CHECKED);
             PreparedStatement delete = connection.prepareStatement(DEQUEUE)) {
            for (Due complaint : due) {
                if (complaint.covered()) {
                    merge.setLong(1, complaint.complaintId());
                    merge.setString(2, complaint.contentHash());
                    merge.setObject(3, now);
                    merge.addBatch();
                }
                // The checked version, not the queued one: a queue row newer than the text read stays.
                delete.setLong(1, complaint.complaintId());
                delete.setString(2, complaint.covered() ? complaint.contentHash() : complaint.queuedHash());
                delete.addBatch();
            }
            merge.executeBatch();
            delete.executeBatch();
        }
    }

    private ComplaintText text(ResultSet rows) throws SQLException {
        String source = rows.getString("source");
        String orgCode = rows.getString("org_code");
        String opdCode = BridgeConfig.SP4N.equals(source) ? opdMap.opdOf(orgCode).orElse(null) : orgCode;
        JsonNode location = StoredJson.read(rows.getString("location_json"));
        return new ComplaintText(rows.getLong("id"), source, rows.getString("upstream_id"), rows.getString("body"),
                rows.getObject("upstream_created_at", OffsetDateTime.class).toInstant(), opdCode,
                lower(location, "kapanewon"), categoryOf(source, rows.getString("category_code")),
                reporterKey(StoredJson.read(rows.getString("reporter_json"))), lower(location, "kalurahan"));
    }

    /** Categories are compared only within one source, because the two apps use different category codes. */
    private static String categoryOf(String source, String code) {
        return code == null ? null : source + ":" + code;
    }

    /** A hash of the reporter's contact details, so that two complaints by the same person can be told apart. */
    private static String reporterKey(JsonNode reporter) {
        if (reporter == null) {
            return null;
        }
        String phone = reporter.path("phone").asText("").replaceAll("\\D", "");
        String email = reporter.path("email").asText("").trim().toLowerCase(Locale.ROOT);
        String contact = !phone.isEmpty() ? "phone:" + phone : !email.isEmpty() ? "email:" + email : null;
        return contact == null ? null : Digests.sha256(contact).substring(0, 32);
    }

    private static String lower(JsonNode node, String field) {
        if (node == null || node.path(field).isMissingNode() || node.path(field).isNull()) {
            return null;
        }
        return node.path(field).asText().trim().toLowerCase(Locale.ROOT);
    }

    /** One queue row; {@code text} is null when the check does not cover the complaint. */
    private record Due(long complaintId, String queuedHash, ComplaintText text, String contentHash) {

        boolean covered() {
            return text != null;
        }
    }
}
