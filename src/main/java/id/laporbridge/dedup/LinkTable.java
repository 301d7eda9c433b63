package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** SQL on {@code duplicate_link}. */
final class LinkTable {

    private static final String MERGE_LINK = "MERGE INTO duplicate_link (complaint_id, other_id, score, kind, "
            + "reason, linked_at) KEY (complaint_id, other_id) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String LINKS_OF = "SELECT complaint_id, other_id, score, kind, reason FROM duplicate_link "
            + "WHERE complaint_id = ? UNION ALL SELECT complaint_id, other_id, score, kind, reason "
            + "FROM duplicate_link WHERE other_id = ?";
    private static final String DUPLICATES_OF = "SELECT other_id FROM duplicate_link WHERE complaint_id = ? "
            + "AND kind = 'duplicate' UNION SELECT complaint_id FROM duplicate_link WHERE other_id = ? "
            + "AND kind = 'duplicate'";

    void record(Connection connection, List<DuplicateLink> links) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement(MERGE_LINK)) {
            for (DuplicateLink link : links) {
                statement.setLong(1, link.complaintId());
                statement.setLong(2, link.otherId());
                statement.setDouble(3, link.score());
                statement.setString(4, link.kind().storedValue());
                statement.setString(5, link.reason());
                statement.setObject(6, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Returns the links of one complaint, each turned so that its complaintId is that complaint. */
    List<DuplicateLink> linksOf(Connection connection, long complaintId) throws SQLException {
        List<DuplicateLink> links = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LINKS_OF)) {
            statement.setLong(1, complaintId);
            statement.setLong(2, complaintId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long first = rows.getLong(1);
                    long other = first == complaintId ? rows.getLong(2) : first;
                    links.add(new DuplicateLink(complaintId, other, rows.getDouble(3),
                            LinkKind.fromStoredValue(rows.getString(4)), rows.getString(5)));
                }
            }
        }
        links.sort(java.util.Comparator.comparingLong(DuplicateLink::otherId));
        return links;
    }

    List<Long> duplicatesOf(Connection connection, long complaintId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DUPLICATES_OF)) {
            statement.setLong(1, complaintId);
            statement.setLong(2, complaintId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
