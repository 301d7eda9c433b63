package id.laporbridge.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the links of kind {@code duplicate} (not {@code similar}) with both ends resolved to the complaint they count
 * as: a mirrored Lapor Bantul aduan resolves to the SP4N-LAPOR! complaint it was mirrored from.
 */
final class DuplicateReader {

    private static final String LINKS = "SELECT complaint_id, other_id FROM duplicate_link WHERE kind = 'duplicate'";
    private static final String LINKED_COMPLAINTS = "SELECT c.id, COALESCE(s.id, c.id) AS unit_id, "
            + "COALESCE(s.upstream_id, c.upstream_id) AS number, "
            + "COALESCE(s.upstream_created_at, c.upstream_created_at) AS received_at FROM complaint c "
            + "LEFT JOIN complaint_link l ON c.source = 'lapor-bantul' AND l.lapor_bantul_id = c.upstream_id "
            + "LEFT JOIN complaint s ON s.source = 'sp4n' AND s.upstream_id = l.sp4n_tracking_id "
            + "WHERE c.id IN (SELECT complaint_id FROM duplicate_link WHERE kind = 'duplicate' "
            + "UNION SELECT other_id FROM duplicate_link WHERE kind = 'duplicate')";

    /** One end of a link: the complaint it counts as, with that complaint's number and receipt time. */
    record LinkedComplaint(long unitId, String number, Instant receivedAt) {

        boolean isBefore(LinkedComplaint other) {
            int byTime = receivedAt.compareTo(other.receivedAt);
            return byTime < 0 || byTime == 0 && unitId < other.unitId;
        }
    }

    /** A duplicate link between two complaints. */
    record LinkedPair(LinkedComplaint first, LinkedComplaint second) {
    }

    /** Returns every duplicate link whose two ends are different complaints. */
    List<LinkedPair> read(Connection connection) throws SQLException {
        Map<Long, LinkedComplaint> complaints = linkedComplaints(connection);
        List<LinkedPair> pairs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(LINKS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                LinkedComplaint first = complaints.get(row.getLong(1));
                LinkedComplaint second = complaints.get(row.getLong(2));
                if (first != null && second != null && first.unitId() != second.unitId()) {
                    pairs.add(new LinkedPair(first, second));
                }
            }
        }
        return pairs;
    }

    private static Map<Long, LinkedComplaint> linkedComplaints(Connection connection) throws SQLException {
        Map<Long, LinkedComplaint> complaints = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(LINKED_COMPLAINTS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                complaints.put(row.getLong("id"), new LinkedComplaint(row.getLong("unit_id"), row.getString("number"),
                        StoreRows.instant(row, "received_at")));
            }
        }
        return complaints;
    }
}
