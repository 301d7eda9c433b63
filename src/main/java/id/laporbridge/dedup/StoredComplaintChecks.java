package id.laporbridge.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.OpdMap;
import id.laporbridge.model.Digests;
import id.laporbridge.model.StoredJson;
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
 * Runs the duplicate check on stored complaints that are new or changed since their last check. A Lapor Bantul
 * aduan mirrored from SP4N-LAPOR! is the same complaint as its source and is not checked against it; an aduan
 * filed directly in Lapor Bantul is. OPD codes are compared in Lapor Bantul's terms, through the OPD map.
 */
public final class StoredComplaintChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StoredComplaintChecks.class);

    private static final String DUE = "SELECT c.id, c.source, c.upstream_id, c.body, c.upstream_created_at, "
            + "c.org_code, c.category_code, c.location_json, c.reporter_json, c.content_hash FROM complaint c "
            + "LEFT JOIN duplicate_check d ON d.complaint_id = c.id "
            + "WHERE (c.source = ? OR c.ref_sp4n IS NULL) AND c.body IS NOT NULL "
            + "AND (d.complaint_id IS NULL OR d.content_hash <> c.content_hash) "
            + "ORDER BY c.id FETCH FIRST ? ROWS ONLY";

    private final DataSource dataSource;
    private final DuplicateDetector detector;
    private final OpdMap opdMap;
    private final int batchSize;
    private final Clock clock;

    public StoredComplaintChecks(DataSource dataSource, DuplicateDetector detector, OpdMap opdMap, int batchSize,
                                 Clock clock) {
        this.dataSource = dataSource;
        this.detector = detector;
        this.opdMap = opdMap;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Checks up to one batch of due complaints, oldest first; returns how many were checked. */
    public int checkDue() throws SQLException {
        List<Due> due = selectDue();
        int duplicates = 0;
        for (Due complaint : due) {
            duplicates += (int) detector.check(complaint.text()).stream()
                    .filter(link -> link.kind() == LinkKind.DUPLICATE).count();
            markChecked(complaint);
        }
        if (!due.isEmpty()) {
            LOG.info("Duplicate check finished checked={} duplicateLinks={}", due.size(), duplicates);
        }
        return due.size();
    }

    private List<Due> selectDue() throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setString(1, BridgeConfig.SP4N);
            select.setInt(2, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(text(rows), rows.getString("content_hash")));
                }
            }
        }
        return due;
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

    private void markChecked(Due complaint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO duplicate_check (complaint_id, content_hash, checked_at) KEY (complaint_id) "
                             + "VALUES (?, ?, ?)")) {
            merge.setLong(1, complaint.text().complaintId());
            merge.setString(2, complaint.contentHash());
            merge.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    private record Due(ComplaintText text, String contentHash) {
    }
}
