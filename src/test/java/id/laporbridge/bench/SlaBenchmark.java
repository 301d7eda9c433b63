package id.laporbridge.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.laporbridge.sla.SlaCheck;
import id.laporbridge.sla.SlaCheckResult;
import id.laporbridge.sla.SlaLog;
import id.laporbridge.sla.SlaModule;
import id.laporbridge.sla.store.ClockStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * Measures one SLA check against an H2 file store of many open complaints, of which few changed or have an alert
 * due. It prints the time of the check, the rows the two scan queries return and H2's EXPLAIN ANALYZE of each, which
 * names the index used and the rows scanned. Run from the project folder:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.laporbridge.bench.SlaBenchmark -Dexec.args="100000 200 100"}
 */
public final class SlaBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-04T05:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(30));
    private static final int BATCH_SIZE = 5_000;

    private SlaBenchmark() {
    }

    /** Arguments: open complaints (100,000), clocks with an alert due (200), complaints changed (100). */
    public static void main(String[] args) throws Exception {
        quietLogging();
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int due = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int changed = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path folder = Files.createTempDirectory("sla-bench-");
        try (HikariDataSource dataSource = openDatabase(folder)) {
            long fillStart = System.nanoTime();
            fill(dataSource, complaints, due, changed);
            System.out.printf("filled complaints=%d clocks=%d in %.1f s%n", complaints, 2L * complaints,
                    (System.nanoTime() - fillStart) / 1e9);
            printPlans(dataSource);
            SlaModule module = SlaModule.create(dataSource, Path.of("config"), Clock.fixed(NOW, ZoneOffset.UTC));
            timeCheck("first check", module.slaCheck());
            timeCheck("second check, nothing due", module.slaCheck());
        } finally {
            deleteFolder(folder);
        }
    }

    private static void timeCheck(String label, SlaCheck check) throws SQLException {
        long start = System.nanoTime();
        SlaCheckResult result = check.run();
        System.out.printf("%s: %.1f ms recomputed=%d breach_alerts=%d due_soon_alerts=%d%n", label,
                (System.nanoTime() - start) / 1e6, result.recomputed(), result.breachAlerts(),
                result.dueSoonAlerts());
    }

    private static void printPlans(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Instant since = NOW.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(10));
            System.out.println("changed rows=" + count(connection, SlaCheck.CHANGED, since));
            System.out.println(explain(connection, SlaCheck.CHANGED, since));
            System.out.println("due rows=" + count(connection, ClockStore.DUE, NOW));
            System.out.println(explain(connection, ClockStore.DUE, NOW));
        }
    }

    private static int count(Connection connection, String sql, Instant value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, utc(value));
            try (ResultSet rows = query.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    count++;
                }
                return count;
            }
        }
    }

    private static String explain(Connection connection, String sql, Instant value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            query.setObject(1, utc(value));
            try (ResultSet plan = query.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    /**
     * Inserts the complaints, each with a met step 1 and a running step 2. The first {@code due} have step 2 past its
     * deadline with the breach alert unsent; the rest are due in a week. The watermark is set a day back, and the last
     * {@code changed} complaints changed after it.
     */
    private static void fill(HikariDataSource dataSource, int complaints, int due, int changed) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement complaint = connection.prepareStatement(ComplaintRows.INSERT);
                 PreparedStatement clock = connection.prepareStatement(ClockRows.INSERT)) {
                for (int i = 1; i <= complaints; i++) {
                    Instant changedAt = i > complaints - changed ? NOW.minus(Duration.ofMinutes(5)) : LONG_AGO;
                    ComplaintRows.add(complaint, i, LONG_AGO, changedAt);
                    ClockRows.add(clock, i, i <= due, LONG_AGO, NOW);
                    if (i % BATCH_SIZE == 0 || i == complaints) {
                        complaint.executeBatch();
                        clock.executeBatch();
                        connection.commit();
                    }
                }
            }
            try (PreparedStatement watermark = connection.prepareStatement(
                    "INSERT INTO sla_watermark (name, changed_up_to, checked_at) VALUES ('sla-check', ?, ?)")) {
                watermark.setObject(1, utc(NOW.minus(Duration.ofDays(1))));
                watermark.setObject(2, utc(NOW.minus(Duration.ofDays(1))));
                watermark.executeUpdate();
            }
            connection.commit();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static HikariDataSource openDatabase(Path folder) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath());
        config.setMaximumPoolSize(2);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static void quietLogging() {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        var sla = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(SlaLog.LOGGER_NAME);
        sla.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
