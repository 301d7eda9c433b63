package id.laporbridge.store;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Database#open} on H2 files left by a start that was killed during a migration, and on stores with
 * nothing to migrate. A kill is simulated as it looks on disk: the copy that the open takes before migrating,
 * and a store file with the first statements of a migration applied.
 */
class MigrationSafeguardIT {

    private static final String FAILING_MIGRATION = "classpath:db/failing-migration";
    private static final String FAILED_MIGRATIONS =
            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"";
    private static final String LATEST_VERSION = "SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1";

    @TempDir
    Path folder;

    private final ListAppender<ILoggingEvent> safeguardLogs = new ListAppender<>();

    @BeforeEach
    void captureSafeguardLogs() {
        safeguardLogs.start();
        ((Logger) LoggerFactory.getLogger(MigrationSafeguard.class)).addAppender(safeguardLogs);
    }

    @AfterEach
    void releaseSafeguardLogs() {
        ((Logger) LoggerFactory.getLogger(MigrationSafeguard.class)).detachAppender(safeguardLogs);
    }

    @Test
    void interruptedUpgradeIsRestoredAndRerun() throws Exception {
        migrateTo("10");
        execute("INSERT INTO dedup_band (bucket_key, filed_day, complaint_id) VALUES (10, 20000, 1)",
                "INSERT INTO dedup_band (bucket_key, filed_day, complaint_id) VALUES (11, 20006, 1)",
                "INSERT INTO dedup_band (bucket_key, filed_day, complaint_id) VALUES (12, 20007, 2)",
                "INSERT INTO poll_cursor (source, listing, updated_at, upstream_id, moved_at) VALUES "
                        + "('sp4n', 'complaints', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', 'U1', "
                        + "TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:06+00')");
        safeguard().keepStoreBeforeMigration(true);
        execute(firstStatementsOfV11(3));

        try (Database database = Database.open(url(), 2)) {
            assertThat(rows(database, "SELECT filed_week, bucket_key, filed_day, complaint_id FROM dedup_band "
                    + "ORDER BY bucket_key")).containsExactly("2857,10,20000,1", "2858,11,20006,1", "2858,12,20007,2");
            assertThat(rows(database, "SELECT source, listing, upstream_id FROM poll_cursor"))
                    .containsExactly("sp4n,complaints,U1");
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
            assertThat(rows(database, FAILED_MIGRATIONS)).containsExactly("0");
        }
        assertThat(safeguard().copyFile()).doesNotExist();
    }

    @Test
    void interruptedFirstStartBuildsNewStore() throws Exception {
        safeguard().keepStoreBeforeMigration(false);
        migrateTo("10");
        execute(firstStatementsOfV11(1));

        try (Database database = Database.open(url(), 2)) {
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
            assertThat(rows(database, FAILED_MIGRATIONS)).containsExactly("0");
            assertThat(rows(database, "SELECT COUNT(*) FROM dedup_band")).containsExactly("0");
            assertThat(rows(database, "SELECT COUNT(*) FROM complaint")).containsExactly("0");
        }
        assertThat(safeguard().copyFile()).doesNotExist();
    }

    @Test
    void failedMigrationKeepsCopyForNextStart() throws Exception {
        try (Database database = Database.open(url(), 2)) {
            database.inTransaction(connection -> update(connection, "INSERT INTO poll_cursor "
                    + "(source, listing, updated_at, upstream_id, moved_at) VALUES ('sp4n', 'complaints', "
                    + "CURRENT_TIMESTAMP, 'U1', CURRENT_TIMESTAMP)"));
        }

        assertThatThrownBy(() -> Database.open(url(), 2, List.of(FAILING_MIGRATION)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(safeguard().copyFile().toString())
                .hasMessageContaining("as it was before the migration");
        assertThat(safeguard().copyFile()).isNotEmptyFile();

        try (Database database = Database.open(url(), 2)) {
            assertThat(rows(database, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'LEFT_BY_FAILED_MIGRATION'")).containsExactly("0");
            assertThat(rows(database, FAILED_MIGRATIONS)).containsExactly("0");
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
            assertThat(rows(database, "SELECT upstream_id FROM poll_cursor")).containsExactly("U1");
        }
        assertThat(safeguard().copyFile()).doesNotExist();
    }

    @Test
    void failedMigrationFailsAgainAfterRestore() {
        Database.open(url(), 2).close();
        assertThatThrownBy(() -> Database.open(url(), 2, List.of(FAILING_MIGRATION)))
                .isInstanceOf(StoreException.class);

        assertThatThrownBy(() -> Database.open(url(), 2, List.of(FAILING_MIGRATION)))
                .as("the second try runs the migration again instead of rejecting the failed one")
                .isInstanceOf(StoreException.class)
                .rootCause().hasMessageContaining("TABLE_THAT_DOES_NOT_EXIST");
    }

    @Test
    void nothingPendingTakesNoCopy() throws Exception {
        Database.open(url(), 2).close();
        safeguardLogs.list.clear();

        try (Database database = Database.open(url(), 2)) {
            assertThat(safeguard().copyFile()).doesNotExist();
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
        }
        assertThat(safeguardLogs.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /**
     * Flyway's migrate locks the schema history rows (SELECT ... FOR UPDATE). After a killed start, one start was
     * seen looping in H2 2.5.252's row lock without end. An open with nothing to migrate takes no lock, so here it
     * succeeds while another connection holds the rows locked.
     */
    @Test
    void nothingPendingTakesNoHistoryLock() throws Exception {
        Database.open(url(), 2).close();

        try (Connection holder = DriverManager.getConnection(url() + ";LOCK_TIMEOUT=60000", "sa", "");
             Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            try (ResultSet locked = lock.executeQuery("SELECT * FROM \"flyway_schema_history\" FOR UPDATE")) {
                assertThat(locked.next()).as("history rows locked").isTrue();
            }
            java.util.concurrent.CompletableFuture<String> open = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try (Database database = Database.open(url() + ";LOCK_TIMEOUT=60000", 2)) {
                            return "opened";
                        }
                    });

            assertThat(open).succeedsWithin(java.time.Duration.ofSeconds(30)).isEqualTo("opened");
            holder.rollback();
        }
    }

    @Test
    void newStoreInMissingFolderOpens() throws Exception {
        Path store = folder.resolve("not-yet").resolve("store");

        try (Database database = Database.open("jdbc:h2:file:" + store, 2)) {
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
        }
        assertThat(store.resolveSibling("store.mv.db.before-migration")).doesNotExist();
        assertThat(safeguardLogs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.startsWith("Store is new"));
    }

    @Test
    void pendingMigrationLogsCopy() {
        migrateTo("10");

        Database.open(url(), 2).close();

        assertThat(safeguardLogs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.startsWith("Store copied before migrating"));
        assertThat(safeguard().copyFile()).doesNotExist();
    }

    @Test
    void nothingPendingStillValidates() throws Exception {
        Database.open(url(), 2).close();
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '11'");

        assertThatThrownBy(() -> Database.open(url(), 2)).isInstanceOf(FlywayValidateException.class);
    }

    @Test
    void leftoverTemporaryCopyIsDeleted() throws Exception {
        Database.open(url(), 2).close();
        Path temporaryCopy = folder.resolve("store.mv.db" + MigrationSafeguard.COPY_SUFFIX
                + MigrationSafeguard.TEMPORARY_SUFFIX);
        Files.write(temporaryCopy, new byte[] {1, 2, 3});

        Database.open(url(), 2).close();

        assertThat(temporaryCopy).doesNotExist();
        assertThat(safeguard().storeFile()).isNotEmptyFile();
    }

    @Test
    void storeOpenElsewhereIsNotCopied() throws Exception {
        migrateTo("10");

        try (Connection holder = DriverManager.getConnection(url(), "sa", "")) {
            assertThatThrownBy(() -> Database.open(url(), 2))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("still open after its pool closed");
            assertThat(holder.isValid(1)).isTrue();
        }
        assertThat(safeguard().copyFile()).doesNotExist();
    }

    @Test
    void copyOfStoreInUseIsLeftAlone() throws Exception {
        Database.open(url(), 2).close();
        Files.write(safeguard().copyFile(), new byte[] {1, 2, 3});

        try (Connection holder = DriverManager.getConnection(url(), "sa", "");
             Database database = Database.open(url(), 2)) {
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
        }
        assertThat(safeguard().copyFile()).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void memoryStoreOpensWithoutCopy() throws Exception {
        try (Database database = Database.open("jdbc:h2:mem:safeguard-" + System.nanoTime(), 2)) {
            assertThat(rows(database, LATEST_VERSION)).containsExactly("11");
        }
        assertThat(safeguardLogs.list).isEmpty();
    }

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("store");
    }

    private MigrationSafeguard safeguard() {
        return new MigrationSafeguard(folder.resolve("store.mv.db").toAbsolutePath());
    }

    /** Migrates the store to {@code version} and closes it. */
    private void migrateTo(String version) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations(StoreMigration.MIGRATIONS).target(version).load()
                    .migrate();
        }
    }

    /** Runs {@code statements} on a connection of their own, which closes the store when it closes. */
    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Returns the first {@code count} statements of V11, which moves the band rows to a new table. */
    private static String[] firstStatementsOfV11(int count) throws IOException {
        String script;
        try (InputStream in = MigrationSafeguardIT.class.getResourceAsStream(
                "/db/migration/V11__band_key_by_week.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = script.lines().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(sql -> !sql.isEmpty())
                .limit(count).toArray(String[]::new);
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Returns each row of {@code sql} as its values joined by commas. */
    private static List<String> rows(Database database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join(",", values));
            }
        }
        return rows;
    }
}
