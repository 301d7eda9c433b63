package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.ComplaintTimeline;
import id.laporbridge.sla.clock.TimelineEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/** Loads a complaint and its status and message events from the store. */
public final class TimelineReader {

    private static final String COMPLAINT = "SELECT source, org_code, upstream_created_at FROM complaint WHERE id = ?";
    private static final String STATUSES =
            "SELECT status, occurred_at FROM status_event WHERE complaint_id = ? ORDER BY occurred_at, id";
    private static final String MESSAGES = "SELECT kind, created_at FROM complaint_message "
            + "WHERE complaint_id = ? AND kind IS NOT NULL AND created_at IS NOT NULL ORDER BY created_at, id";

    /** Resolves a complaint's source and org_code to the OPD kode whose working time applies. */
    private final BinaryOperator<String> opdCodeOf;

    public TimelineReader(BinaryOperator<String> opdCodeOf) {
        this.opdCodeOf = opdCodeOf;
    }

    /** Returns the complaint's timeline, or empty when no complaint has that id. */
    public Optional<ComplaintTimeline> load(Connection connection, long complaintId) throws SQLException {
        String source;
        String orgCode;
        Instant createdAt;
        try (PreparedStatement query = connection.prepareStatement(COMPLAINT)) {
            query.setLong(1, complaintId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                source = row.getString("source");
                orgCode = row.getString("org_code");
                createdAt = Timestamps.get(row, "upstream_created_at");
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        readEvents(connection, STATUSES, complaintId, events, true);
        readEvents(connection, MESSAGES, complaintId, events, false);
        return Optional.of(new ComplaintTimeline(source, opdCodeOf.apply(source, orgCode), createdAt, events));
    }

    private static void readEvents(Connection connection, String sql, long complaintId, List<TimelineEvent> events,
                                   boolean statuses) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, complaintId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String value = row.getString(1);
                    Instant at = row.getObject(2, OffsetDateTime.class).toInstant();
                    events.add(statuses ? TimelineEvent.status(value, at) : TimelineEvent.message(value, at));
                }
            }
        }
    }
}
