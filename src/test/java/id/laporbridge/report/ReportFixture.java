package id.laporbridge.report;

import static id.laporbridge.sla.TestTimes.wib;

import id.laporbridge.sla.SlaConfig;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * An H2 file store with known complaints, clocks and duplicate links for November 2026, read with the project's own
 * configuration folder. The expected figures are written next to each row and checked by the report tests.
 */
final class ReportFixture {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    /** The report is made on 1 December 2026 at 07:00 WIB. */
    static final Instant NOW = wib("2026-12-01T07:00");
    static final String SCRIPT_CATEGORY = "<script>alert(1)</script>";

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final String jdbcUrl;

    ReportFixture(Path folder) throws SQLException {
        jdbcUrl = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        insertRows();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    DataSource dataSource() {
        return dataSource;
    }

    static SlaConfig config() {
        return SlaConfig.load(Path.of("config"));
    }

    SopReport build(String opdFilter) {
        ReportBuilder builder = new ReportBuilder(dataSource, config(), Clock.fixed(NOW, ZoneOffset.UTC));
        return builder.build(ReportPeriod.month(MONTH, config().calendar().zone()), opdFilter);
    }

    private void insertRows() throws SQLException {
        // OPD 10300 (Dinas Kesehatan): two Lapor Bantul complaints and one SP4N-LAPOR! complaint with its mirror.
        long lb1001 = complaint("lapor-bantul", "LB-1001", "10300", "KESEHATAN", "answered", "2026-11-03T08:00");
        long lb1002 = complaint("lapor-bantul", "LB-1002", "10300", SCRIPT_CATEGORY, "in_progress",
                "2026-11-04T07:45");
        long sp2001 = complaint("sp4n", "SP-2001", "3404003", "KESEHATAN", "received", "2026-11-02T09:00");
        long lb1005 = complaint("lapor-bantul", "LB-1005", "10300", "KESEHATAN", "answered", "2026-11-02T09:05");
        link("SP-2001", "LB-1005");
        // OPD 10200 (Dinas PU): routed, rejected, open, and an SP4N-LAPOR! complaint not mirrored yet.
        long lb1003 = complaint("lapor-bantul", "LB-1003", "10200", "JALAN", "routed", "2026-11-05T07:50");
        long lb1004 = complaint("lapor-bantul", "LB-1004", "10200", "JALAN", "rejected", "2026-11-06T08:00");
        long lb1006 = complaint("lapor-bantul", "LB-1006", "10200", "JALAN", "filed", "2026-11-12T08:00");
        long sp2002 = complaint("sp4n", "SP-2002", "3404002", "JALAN", "filed", "2026-11-10T08:00");
        // October: outside the period.
        long lb0999 = complaint("lapor-bantul", "LB-0999", "10300", "KESEHATAN", "answered", "2026-10-20T08:00");

        // Duplicates: LB-1006 repeats LB-1003, LB-1002 repeats LB-0999 of October. A similar link and a link
        // between a complaint and its own mirror do not count.
        duplicateLink(lb1006, lb1003, "duplicate");
        duplicateLink(lb0999, lb1002, "duplicate");
        duplicateLink(lb1004, lb1003, "similar");
        duplicateLink(lb1005, sp2001, "duplicate");

        // SOP step 2 (budget 60 working minutes) at OPD 10300 took 30, 45 and 100 minutes.
        clock(lb1001, "sop-2-receive", "10300", "2026-11-03T08:00", "2026-11-03T09:00", "2026-11-03T08:30", "met");
        clock(lb1002, "sop-2-receive", "10300", "2026-11-04T08:00", "2026-11-04T09:00", "2026-11-04T08:45", "met");
        clock(lb1005, "sop-2-receive", "10300", "2026-11-04T09:00", "2026-11-04T10:00", "2026-11-04T10:40",
                "breached");
        // SOP step 4 (budget 660) at OPD 10200: Thursday 08:00 to Friday 08:00 is 450 working minutes.
        clock(lb1003, "sop-4-handle", "10200", "2026-11-05T08:00", "2026-11-10T09:30", "2026-11-06T08:00", "met");
        // Skipped and October clocks do not count.
        clock(lb1004, "sop-3-examine", "10200", null, null, "2026-11-06T09:00", "skipped");
        clock(lb0999, "sop-2-receive", "10300", "2026-10-20T08:00", "2026-10-20T09:00", "2026-10-20T08:10", "met");
        // National rules: one met, one breached, one still running past its deadline (no OPD kode stored).
        clock(sp2001, "national-verify-dispose", "10300", "2026-11-02T09:00", "2026-11-05T16:00",
                "2026-11-03T10:00", "met");
        clock(sp2001, "national-follow-up", "10300", "2026-11-03T10:00", "2026-11-10T16:00", "2026-11-12T09:00",
                "breached");
        clock(sp2002, "national-verify-dispose", null, "2026-11-10T08:00", "2026-11-13T14:30", null, "running");
    }

    private long complaint(String source, String upstreamId, String orgCode, String category, String stage,
                           String createdAt) throws SQLException {
        String sql = "INSERT INTO complaint (source, upstream_id, upstream_created_at, upstream_updated_at, status, "
                + "stage, title, body, category_code, org_code, anonymous, secret, reporter_json, content_hash, "
                + "raw_json, first_seen_at, last_changed_at) VALUES (?, ?, ?, ?, 'x', ?, 'Judul rahasia', "
                + "'Isi aduan rahasia', ?, ?, FALSE, FALSE, '{\"name\":\"Nama Pelapor\"}', ?, '{}', ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, source);
            insert.setString(2, upstreamId);
            for (int index : new int[] {3, 4, 9, 10}) {
                insert.setObject(index, wib(createdAt).atOffset(ZoneOffset.UTC));
            }
            insert.setString(5, stage);
            insert.setString(6, category);
            insert.setString(7, orgCode);
            insert.setString(8, "0".repeat(64));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void link(String trackingId, String aduanId) throws SQLException {
        execute("INSERT INTO complaint_link (sp4n_tracking_id, lapor_bantul_id, linked_by, linked_at) "
                + "VALUES (?, ?, 'create', CURRENT_TIMESTAMP)", trackingId, aduanId);
    }

    private void duplicateLink(long complaintId, long otherId, String kind) throws SQLException {
        execute("INSERT INTO duplicate_link (complaint_id, other_id, score, kind, reason, linked_at) "
                + "VALUES (?, ?, 0.9, ?, 'test', CURRENT_TIMESTAMP)", complaintId, otherId, kind);
    }

    private void clock(long complaintId, String ruleId, String opdCode, String startedAt, String deadline,
                       String endedAt, String outcome) throws SQLException {
        String sql = "INSERT INTO sla_clock (complaint_id, rule_id, instance, opd_code, started_at, deadline, "
                + "ended_at, outcome) VALUES (?, ?, 1, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, complaintId);
            insert.setString(2, ruleId);
            insert.setString(3, opdCode);
            setTime(insert, 4, startedAt);
            setTime(insert, 5, deadline);
            setTime(insert, 6, endedAt);
            insert.setString(7, outcome);
            insert.executeUpdate();
        }
    }

    private static void setTime(PreparedStatement statement, int index, String wibTime) throws SQLException {
        if (wibTime == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, wib(wibTime).atOffset(ZoneOffset.UTC));
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                statement.setObject(index + 1, values[index]);
            }
            statement.executeUpdate();
        }
    }
}
