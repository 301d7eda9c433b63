package id.laporbridge.sla.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How far the SLA check has read the complaints' {@code last_changed_at}, in table {@code sla_watermark}. */
public final class SlaWatermark {

    private static final String NAME = "sla-check";
    private static final String READ = "SELECT changed_up_to, checked_at FROM sla_watermark WHERE name = ?";
    private static final String WRITE = "MERGE INTO sla_watermark (name, changed_up_to, checked_at) KEY (name) "
            + "VALUES (?, ?, ?)";

    public Optional<Mark> read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ)) {
            query.setString(1, NAME);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Mark(Timestamps.get(row, "changed_up_to"), Timestamps.get(row, "checked_at")))
                        : Optional.empty();
            }
        }
    }

    /**
     * The newest {@code last_changed_at} the last check read, and the time that check started.
     */
    public record Mark(Instant changedUpTo, Instant checkedAt) {

        /**
         * Returns the {@code last_changed_at} from which the next check reads. A transaction stamps that time before
         * it commits, so a change committed after the last check read is stamped at most {@code margin} before that
         * check started. Reading from the later of the two times minus the margin finds every such change, and a
         * burst is not read again by every check after it.
         */
        public Instant nextReadFrom(Duration margin) {
            Instant later = checkedAt.isAfter(changedUpTo) ? checkedAt : changedUpTo;
            return later.minus(margin);
        }
    }

    public void write(Connection connection, Instant changedUpTo, Instant checkedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setString(1, NAME);
            Timestamps.set(statement, 2, changedUpTo);
            Timestamps.set(statement, 3, checkedAt);
            statement.executeUpdate();
        }
    }
}
