package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** An H2 file store migrated by Flyway, with helpers that insert complaints and their events. */
public final class TestStore {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    public TestStore(Path folder) {
        dataSource.setURL(jdbcUrl(folder));
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    /** Returns the JDBC URL of the store in {@code folder}, for code that opens its own pool. */
    public static String jdbcUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Inserts a complaint filed and last changed at {@code createdAt} (WIB); returns its id. */
    public long insertComplaint(String source, String upstreamId, String orgCode, String createdAt)
            throws SQLException {
        String sql = "INSERT INTO complaint (source, upstream_id, upstream_created_at, upstream_updated_at, status, "
                + "stage, org_code, anonymous, secret, content_hash, raw_json, first_seen_at, last_changed_at) "
                + "VALUES (?, ?, ?, ?, 'new', 'filed', ?, FALSE, FALSE, ?, '{}', ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, source);
            insert.setString(2, upstreamId);
            for (int index : new int[] {3, 4, 7, 8}) {
                insert.setObject(index, wib(createdAt).atOffset(ZoneOffset.UTC));
            }
            insert.setString(5, orgCode);
            insert.setString(6, "0".repeat(64));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a status event at {@code at} (WIB) and marks the complaint changed then. */
    public void insertStatus(long complaintId, String status, String at) throws SQLException {
        execute("INSERT INTO status_event (complaint_id, status, stage, occurred_at, recorded_at, applied) "
                + "VALUES (?, ?, 'filed', ?, ?, TRUE)", complaintId, status, at);
        touch(complaintId, at);
    }

    /** Inserts a message of {@code kind} at {@code at} (WIB) and marks the complaint changed then. */
    public void insertMessage(long complaintId, String kind, String at) throws SQLException {
        execute("INSERT INTO complaint_message (complaint_id, upstream_id, kind, created_at, recorded_at, from_bridge) "
                + "VALUES (?, RANDOM_UUID(), ?, ?, ?, FALSE)", complaintId, kind, at);
        touch(complaintId, at);
    }

    /** Returns every sla_clock row as text, ordered, to compare snapshots. */
    public List<String> clockRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT * FROM sla_clock ORDER BY complaint_id, rule_id, instance");
             ResultSet row = query.executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    text.append(row.getMetaData().getColumnLabel(column)).append('=')
                            .append(row.getString(column)).append(' ');
                }
                rows.add(text.toString().trim());
            }
        }
        return rows;
    }

    /** Returns every sla_breach row as "complaint_id rule_id deadline" with the deadline in UTC. */
    public List<String> breachRecords() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT complaint_id, rule_id, deadline FROM sla_breach ORDER BY complaint_id, rule_id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(row.getLong(1) + " " + row.getString(2) + " "
                        + row.getObject(3, OffsetDateTime.class).toInstant());
            }
        }
        return rows;
    }

    /** Stores a title, body and reporter on a complaint, to check that none of them reaches a log or digest. */
    public void insertPersonalData(long complaintId, String title, String body, String reporterJson)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE complaint SET title = ?, body = ?, reporter_json = ? WHERE id = ?")) {
            update.setString(1, title);
            update.setString(2, body);
            update.setString(3, reporterJson);
            update.setLong(4, complaintId);
            update.executeUpdate();
        }
    }

    /** Returns one column of a clock row as text, or null when the row or value is missing. */
    public String clockColumn(long complaintId, String ruleId, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + column
                     + " FROM sla_clock WHERE complaint_id = ? AND rule_id = ? AND instance = 0")) {
            query.setLong(1, complaintId);
            query.setString(2, ruleId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void touch(long complaintId, String at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE complaint SET last_changed_at = ? WHERE id = ?")) {
            update.setObject(1, wib(at).atOffset(ZoneOffset.UTC));
            update.setLong(2, complaintId);
            update.executeUpdate();
        }
    }

    private void execute(String sql, long complaintId, String value, String at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, complaintId);
            insert.setString(2, value);
            insert.setObject(3, wib(at).atOffset(ZoneOffset.UTC));
            insert.setObject(4, wib(at).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
