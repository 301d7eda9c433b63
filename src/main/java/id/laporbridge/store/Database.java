package id.laporbridge.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
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
     * migrated character columns.
     */
    public static Database open(String jdbcUrl, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withStoreDefaults(jdbcUrl));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("lapor-bridge-store");
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        int applied = Flyway.configure().dataSource(dataSource).load().migrate().migrationsExecuted;
        ColumnWidths widths;
        try (Connection connection = dataSource.getConnection()) {
            widths = ColumnWidths.read(connection);
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreException("Failed to read the column widths of the store", e);
        }
        LOG.info("Store opened migrationsApplied={} poolSize={}", applied, maxPoolSize);
        return new Database(dataSource, widths);
    }

    /**
     * Adds three settings to an H2 URL that does not set them. {@code DB_CLOSE_ON_EXIT=FALSE}: otherwise H2 closes the
     * database from its own shutdown hook while routes still finish their work during a graceful stop.
     * {@code WRITE_DELAY=0}: H2 otherwise keeps committed changes in memory for up to 500 ms, so a killed process
     * loses commits the bridge already acted on, such as the claim of an answer it then posted.
     * NOTE: with a write delay of 0, H2 runs no background compaction, so the file grows far beyond its data (7 GB
     * for 100,000 complaints in the sync benchmark). Nothing compacts it while the bridge runs yet.
     * {@code TRACE_LEVEL_FILE=0}: H2 otherwise writes each failed statement to a trace file beside the store, with
     * the start of the values it held, which may be reporter data. The bridge logs its store errors itself.
     */
    static String withStoreDefaults(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        String upper = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        String url = jdbcUrl;
        for (String setting : List.of("DB_CLOSE_ON_EXIT=FALSE", "WRITE_DELAY=0", "TRACE_LEVEL_FILE=0")) {
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
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Store transaction failed", e);
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
