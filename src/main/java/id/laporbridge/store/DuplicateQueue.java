package id.laporbridge.store;

import id.laporbridge.model.CanonicalComplaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The complaints the duplicate check has still to see, in table {@code duplicate_due}. The store adds a complaint
 * in the transaction that inserts or changes it, so the check reads a queue as long as its backlog instead of
 * comparing every stored complaint with what it checked last.
 */
public final class DuplicateQueue {

    /** Source name of SP4N-LAPOR! records, as stored in {@code complaint.source}. */
    private static final String SP4N = "sp4n";

    private DuplicateQueue() {
    }

    /**
     * Returns whether the duplicate check covers a complaint: one with a body, from SP4N-LAPOR! or filed directly in
     * Lapor Bantul. An aduan mirrored from SP4N-LAPOR! ({@code refSp4n} set) is the same complaint as its source.
     */
    public static boolean covers(String source, String refSp4n, String body) {
        return body != null && (SP4N.equals(source) || refSp4n == null);
    }

    /** Queues the stored version of a complaint the check covers, inside the caller's transaction. */
    static void add(Connection connection, long complaintId, CanonicalComplaint complaint) throws SQLException {
        if (!covers(complaint.source(), complaint.refSp4n(), complaint.body())) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO duplicate_due (complaint_id, content_hash) KEY (complaint_id) VALUES (?, ?)")) {
            Sql.bind(merge, complaintId, complaint.contentHash());
            merge.executeUpdate();
        }
    }
}
