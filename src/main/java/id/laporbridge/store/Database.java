package id.laporbridge.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The H2 store: a connection pool, schema migration at open, and transactions for the stages that write. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final ColumnWidths columnWidths;

    private Database(HikariDataSource dataSource, ColumnWidths columnWidths) {
        this.dataSource = dataSource;
        this.columnWidths = columnWidths;
    }

    /**
     * Opens the pool, applies pending migrations from {@code classpath:db/migration} and reads the widths of the
     * migrated character columns. For a local H2 file, the store file is copied before migrations run, and a
     * migration that an earlier start did not finish is undone first (see {@link MigrationSafeguard}).
     */
    public static Database open(String jdbcUrl, int maxPoolSize) {
        return open(jdbcUrl, maxPoolSize, List.of());
    }

    /** Opens the store as {@link #open(String, int)} does, with Flyway also reading {@code extraLocations}. */
    static Database open(String jdbcUrl, int maxPoolSize, List<String> extraLocations) {
        StoreMigration migration = new StoreMigration(() -> openPool(jdbcUrl, maxPoolSize),
                MigrationSafeguard.forUrl(jdbcUrl), extraLocations);
        StoreMigration.MigratedPool migrated = migration.openAndMigrate();
        HikariDataSource dataSource = migrated.dataSource();
        ColumnWidths widths;
        try (Connection connection = dataSource.getConnection()) {
            widths = ColumnWidths.read(connection);
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreException("Failed to read the column widths of the store", e);
        }
        LOG.info("Store opened migrationsApplied={} poolSize={}", migrated.migrationsApplied(), maxPoolSize);
        return new Database(dataSource, widths);
    }

    private static HikariDataSource openPool(String jdbcUrl, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withStoreDefaults(jdbcUrl));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("lapor-bridge-store");
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /**
     * Adds three settings to an H2 URL that does not set them. {@code DB_CLOSE_ON_EXIT=FALSE}: otherwise H2 closes the
     * database from its own shutdown hook while routes still finish their work during a graceful stop.
     * {@code TRACE_LEVEL_FILE=0}: H2 otherwise writes each failed statement to a trace file beside the store, with
     * the start of the values it held, which may be reporter data. The bridge logs its store errors itself.
     * {@code QUERY_CACHE_SIZE=64}: each connection keeps the parsed form of its last 8 statements by default, fewer
     * than a page write and a mirror batch use, so statements were parsed again: 2.7% of a backfill's CPU with 8,
     * 1.8% with 64.
     * H2's write delay stays at its default (500 ms), so the commits made within it reach the file in one write.
     * Work that the bridge acts on outside the store before that delay runs in {@link #inDurableTransaction}.
     */
    static String withStoreDefaults(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        String upper = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        String url = jdbcUrl;
        for (String setting : List.of("DB_CLOSE_ON_EXIT=FALSE", "TRACE_LEVEL_FILE=0", "QUERY_CACHE_SIZE=64")) {
            if (!upper.contains(setting.substring(0, setting.indexOf('=')))) {
                url += ";" + setting;
            }
        }
        return url;
    }

    /** Returns the widths of the store's character columns, read once when the store opened. */
    public ColumnWidths columnWidths() {
        return columnWidths;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw new StoreException("Store transaction failed", e);
        }
    }

    /**
     * Runs {@code work} in one transaction, as {@link #inTransaction} does, and writes the store to its file before
     * returning. For work that the bridge acts on outside the store at once, such as claiming an item before its
     * upstream call: a killed process loses the commits that H2 has not written yet.
     */
    public <T> T inDurableTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            T result = inTransaction(connection, work);
            writeToFile(connection);
            return result;
        } catch (SQLException e) {
            throw new StoreException("Store transaction failed", e);
        }
    }

    /**
     * Writes every commit so far to the store's file ({@code CHECKPOINT}), instead of within H2's write delay, and
     * waits until H2 has written it. The file is not synced to the disk: this guards against a killed process, not
     * a power cut.
     */
    public static void writeToFile(Connection connection) throws SQLException {
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("CHECKPOINT");
        }
        waitForQueuedWrites(connection);
    }

    /**
     * Waits until H2 has written every store it has started. {@code CHECKPOINT} stores nothing when another store
     * already took the commits, and H2 writes that store on its own threads after the store returns. H2's
     * background writer, or a transaction past H2's auto-commit buffer, can start one between a commit and the
     * {@code CHECKPOINT}. {@code MVStore.executeFilestoreOperation} runs its task after those threads have
     * written every store queued before it.
     * NOTE: this uses H2's engine classes, as read in H2 2.5.252. For a server URL ({@code jdbc:h2:tcp:}) or an
     * in-memory store it returns at once.
     */
    private static void waitForQueuedWrites(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return;
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return;
        }
        org.h2.mvstore.db.Store engineStore = session.getDatabase().getStore();
        MVStore store = engineStore == null ? null : engineStore.getMvStore();
        if (store != null && store.getFileStore() != null) {
            store.executeFilestoreOperation(() -> { });
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Closes the store, then opens it once more on a connection of its own to rewrite its file with only the live
     * data ({@code SHUTDOWN COMPACT}), which also closes it. For a command run while the bridge is stopped.
     */
    public void closeCompacted() {
        String jdbcUrl = dataSource.getJdbcUrl();
        dataSource.close();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("Failed to compact the store " + jdbcUrl
                    + "; check the free disk space and run store compact again with the bridge stopped", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
