package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/** The link between an SP4N-LAPOR! complaint and its Lapor Bantul aduan: at most one aduan per tracking id. */
public final class LinkStore {

    /** The way a link came to be known. */
    public enum LinkedBy { CREATED, ADOPTED, OBSERVED }

    /** SQLSTATE of a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Clock clock;

    public LinkStore(Clock clock) {
        this.clock = clock;
    }

    public Optional<String> aduanOf(Connection connection, String trackingId) throws SQLException {
        return single(connection, "SELECT lapor_bantul_id FROM complaint_link WHERE sp4n_tracking_id = ?", trackingId);
    }

    public Optional<String> trackingIdOf(Connection connection, String aduanId) throws SQLException {
        return single(connection, "SELECT sp4n_tracking_id FROM complaint_link WHERE lapor_bantul_id = ?", aduanId);
    }

    /**
     * Records the link unless the tracking id is already linked; returns the aduan id that is linked afterwards,
     * which differs from {@code aduanId} when an earlier link exists.
     */
    public String link(Connection connection, String trackingId, String aduanId, LinkedBy linkedBy)
            throws SQLException {
        Optional<String> existing = aduanOf(connection, trackingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO complaint_link (sp4n_tracking_id, lapor_bantul_id, linked_by, linked_at) "
                        + "VALUES (?, ?, ?, ?)")) {
            Sql.bind(insert, trackingId, aduanId, linkedBy.name().toLowerCase(), clock.instant());
            insert.executeUpdate();
            return aduanId;
        } catch (SQLException e) {
            // A poll that read the new aduan and the delivery that created it may link it at the same time.
            // The one that loses the race takes the link the other committed.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            return aduanOf(connection, trackingId).orElseThrow(() -> e);
        }
    }

    private static Optional<String> single(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
