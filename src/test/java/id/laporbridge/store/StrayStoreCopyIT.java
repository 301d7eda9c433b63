package id.laporbridge.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests of {@link Database#open} with a stray file under the copy's name, which no interrupted migration wrote.
 * Beside a migrated store the file is deleted and the store keeps its data. Beside a store with a pending
 * migration a file that is not an H2 store is rejected, and both files stay as they are.
 */
class StrayStoreCopyIT {

    @TempDir
    Path folder;

    @Test
    void strayNonStoreCopyKeepsStore() throws Exception {
        storeWithOneCursor();
        Files.writeString(copyFile(), "not an H2 file", StandardCharsets.UTF_8);

        openIgnoringFailure();

        assertThat(cursorsInStore()).isEqualTo(1);
        assertThat(copyFile()).doesNotExist();
    }

    @Test
    void strayEmptyCopyKeepsStore() throws Exception {
        storeWithOneCursor();
        Files.write(copyFile(), new byte[0]);

        openIgnoringFailure();

        assertThat(cursorsInStore()).isEqualTo(1);
        assertThat(copyFile()).doesNotExist();
    }

    @Test
    void nonStoreCopyOfUnfinishedStoreRejected() throws Exception {
        migrateTo("10");
        Files.writeString(copyFile(), "not an H2 file", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Database.open(url(), 2)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not an H2 store file");
        assertThat(latestVersionInStore()).isEqualTo("10");
        assertThat(copyFile()).hasContent("not an H2 file");
    }

    @Test
    void copyHasStorePermissions() throws Exception {
        migrateTo("10");
        Path store = folder.resolve("store.mv.db");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));

        new MigrationSafeguard(store.toAbsolutePath()).keepStoreBeforeMigration(true);

        assertThat(Files.getPosixFilePermissions(copyFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void linkedStoreCopiedBesideTarget() throws Exception {
        Path real = Files.createDirectories(folder.resolve("data")).resolve("store.mv.db");
        Files.write(real, new byte[0]);
        Files.createSymbolicLink(folder.resolve("store.mv.db"), real);

        MigrationSafeguard safeguard = MigrationSafeguard.forUrl(url()).orElseThrow();

        assertThat(safeguard.copyFile()).isEqualTo(real.toRealPath().resolveSibling("store.mv.db"
                + MigrationSafeguard.COPY_SUFFIX));
    }

    /** Migrates a new store to {@code version} and closes it, as an older bridge would have left it. */
    private void migrateTo(String version) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername("sa");
        config.setPassword("");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations(StoreMigration.MIGRATIONS).target(version).load()
                    .migrate();
        }
    }

    private void storeWithOneCursor() throws Exception {
        try (Database database = Database.open(url(), 2)) {
            database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("INSERT INTO poll_cursor (source, listing, updated_at,"
                            + " upstream_id, moved_at) VALUES ('sp4n', 'complaints', CURRENT_TIMESTAMP, 'U1',"
                            + " CURRENT_TIMESTAMP)");
                }
            });
        }
    }

    private void openIgnoringFailure() {
        try {
            Database.open(url(), 2).close();
        } catch (RuntimeException failure) {
            // A start may fail with a clear message, but the store file must keep its data.
        }
    }

    private int cursorsInStore() throws Exception {
        try (Connection connection = DriverManager.getConnection(url() + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM poll_cursor")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String latestVersionInStore() throws Exception {
        try (Connection connection = DriverManager.getConnection(url() + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Path copyFile() {
        return folder.resolve("store.mv.db" + MigrationSafeguard.COPY_SUFFIX);
    }

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("store");
    }
}
