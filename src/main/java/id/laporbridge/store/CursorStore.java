package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/** The durable read position of each upstream listing. */
public final class CursorStore {

    private final Database database;
    private final Clock clock;

    public CursorStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<Cursor> read(String source, String listing) {
        return database.inTransaction(connection -> read(connection, source, listing));
    }

    private Optional<Cursor> read(Connection connection, String source, String listing) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT updated_at, upstream_id FROM poll_cursor WHERE source = ? AND listing = ?")) {
            Sql.bind(select, source, listing);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Cursor(Sql.instant(rows, "updated_at"), rows.getString("upstream_id")));
            }
        }
    }

    /** Moves the cursor forward to {@code candidate} inside the caller's transaction; never moves it back. */
    public void advance(Connection connection, String source, String listing, Cursor candidate) throws SQLException {
        Optional<Cursor> current = read(connection, source, listing);
        if (current.isPresent() && current.get().compareTo(candidate) >= 0) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO poll_cursor (source, listing, updated_at, upstream_id, moved_at) KEY (source, listing) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            Sql.bind(merge, source, listing, candidate.updatedAt(), candidate.upstreamId(), clock.instant());
            merge.executeUpdate();
        }
    }
}
