package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the store holds about one complaint, as rows of named values for an operator to read: the record,
 * its link, statuses, messages, outbox items, duplicate links and SLA clocks. Reporter identity is never included.
 */
public final class ComplaintReport {

    private static final String RECORD = "SELECT id, source, upstream_id, status, stage, upstream_created_at, "
            + "upstream_updated_at, org_code, category_code, channel, anonymous, secret, "
            + "reporter_json IS NOT NULL AS reporter_on_file, ref_sp4n, first_seen_at, last_changed_at, title "
            + "FROM complaint WHERE ";

    /**
     * The SLA timeline: each clock's start, deadline, end and state. A clock still running is on time until its
     * due-soon time, then approaching, and breached once its deadline passed. Unstarted skipped steps sort by the time
     * they were skipped.
     */
    private static final String SLA_TIMELINE = "SELECT rule_id, instance, opd_code, started_at, deadline AS due, "
            + "ended_at, CASE WHEN outcome = 'skipped' THEN 'skipped' WHEN outcome = 'breached' THEN 'breached' "
            + "WHEN outcome = 'met' THEN 'on time' WHEN deadline < ? THEN 'breached' "
            + "WHEN due_soon_at <= ? THEN 'approaching' ELSE 'on time' END AS state, outcome "
            + "FROM sla_clock WHERE complaint_id = ? ORDER BY COALESCE(started_at, ended_at), rule_id, instance";

    private final Database database;
    private final Clock clock;

    public ComplaintReport(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Uses {@code clock} to tell running SLA clocks that are on time, approaching or breached. */
    public ComplaintReport(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Finds a complaint by bridge id ({@code 12}), by source and upstream id ({@code sp4n:5010653},
     * {@code lapor-bantul:17}), or by an upstream id alone when it is unique.
     */
    public Optional<Map<String, List<Map<String, Object>>>> find(String key) {
        return database.inTransaction(connection -> {
            List<Map<String, Object>> record = locate(connection, key);
            if (record.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(sections(connection, record));
        });
    }

    private List<Map<String, Object>> locate(Connection connection, String key) throws SQLException {
        int colon = key.indexOf(':');
        if (colon > 0) {
            return rows(connection, RECORD + "source = ? AND upstream_id = ?", key.substring(0, colon),
                    key.substring(colon + 1));
        }
        if (key.matches("\\d+")) {
            List<Map<String, Object>> byId = rows(connection, RECORD + "id = ?", Long.parseLong(key));
            if (!byId.isEmpty()) {
                return byId;
            }
        }
        return rows(connection, RECORD + "upstream_id = ?", key);
    }

    private Map<String, List<Map<String, Object>>> sections(Connection connection, List<Map<String, Object>> record)
            throws SQLException {
        Map<String, Object> complaint = record.get(0);
        long id = ((Number) complaint.get("ID")).longValue();
        String source = (String) complaint.get("SOURCE");
        String upstreamId = (String) complaint.get("UPSTREAM_ID");
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("complaint", record);
        sections.put("link", rows(connection, "SELECT sp4n_tracking_id, lapor_bantul_id, linked_by, linked_at "
                + "FROM complaint_link WHERE (? = 'sp4n' AND sp4n_tracking_id = ?) "
                + "OR (? = 'lapor-bantul' AND lapor_bantul_id = ?)", source, upstreamId, source, upstreamId));
        sections.put("statuses", rows(connection, "SELECT occurred_at, status, stage, applied FROM status_event "
                + "WHERE complaint_id = ? ORDER BY occurred_at, id", id));
        sections.put("messages", rows(connection, "SELECT created_at, kind, upstream_id, client_ref, from_bridge, "
                + "author FROM complaint_message WHERE complaint_id = ? ORDER BY created_at, id", id));
        sections.put("outbox", rows(connection, "SELECT id, destination, action, state, attempts, next_attempt_at, "
                + "last_error_status, last_error_reason, result_ref FROM outbox_item WHERE subject_id = ? "
                + "ORDER BY id", upstreamId));
        sections.put("duplicates", rows(connection, "SELECT CASE WHEN complaint_id = ? THEN other_id "
                + "ELSE complaint_id END AS other_id, kind, score, reason, linked_at FROM duplicate_link "
                + "WHERE complaint_id = ? OR other_id = ? ORDER BY linked_at", id, id, id));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        sections.put("sla", rows(connection, SLA_TIMELINE, now, now, id));
        return sections;
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, values);
            try (ResultSet result = select.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
