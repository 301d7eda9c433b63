package id.laporbridge.store;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Opens the store's pool and applies the pending Flyway migrations. For a local H2 file the store is first kept
 * as it was by a {@link MigrationSafeguard}, and a migration that an earlier start did not finish is undone.
 */
final class StoreMigration {

    static final String MIGRATIONS = "classpath:db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(StoreMigration.class);

    private final Supplier<HikariDataSource> poolOpener;
    private final Optional<MigrationSafeguard> safeguard;
    private final String[] locations;

    /**
     * @param poolOpener opens a new pool on the store each time it is called
     * @param extraLocations Flyway locations read besides {@link #MIGRATIONS}
     */
    StoreMigration(Supplier<HikariDataSource> poolOpener, Optional<MigrationSafeguard> safeguard,
            List<String> extraLocations) {
        this.poolOpener = poolOpener;
        this.safeguard = safeguard;
        this.locations = Stream.concat(Stream.of(MIGRATIONS), extraLocations.stream()).toArray(String[]::new);
    }

    /** An open pool on the migrated store and the number of migrations this open applied. */
    record MigratedPool(HikariDataSource dataSource, int migrationsApplied) {
    }

    /**
     * Opens the pool and migrates the store. Without pending migrations the store is only validated, as
     * {@code migrate} would validate it, and no copy is taken.
     *
     * @throws StoreException or Flyway's exception when the store cannot be opened, validated or migrated, after
     *         closing the pool
     */
    MigratedPool openAndMigrate() {
        safeguard.ifPresent(this::settleLeftoverCopy);
        if (safeguard.isPresent() && !safeguard.get().storeExists()) {
            return migrateNewStore(safeguard.get());
        }
        HikariDataSource dataSource = poolOpener.get();
        try {
            Flyway flyway = flyway(dataSource);
            if (flyway.info().pending().length == 0) {
                flyway.validate();
                return new MigratedPool(dataSource, 0);
            }
            if (safeguard.isEmpty()) {
                return new MigratedPool(dataSource, flyway.migrate().migrationsExecuted);
            }
            // H2 closes the database when the pool closes its last connection. With DB_CLOSE_DELAY set it stays
            // open, and the safeguard then finds the file locked and fails the start.
            dataSource.close();
            safeguard.get().keepStoreBeforeMigration(true);
            dataSource = poolOpener.get();
            return new MigratedPool(dataSource, migrateKeepingCopy(dataSource, safeguard.get()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Handles a copy or marker that an earlier start left beside the store, by the state of the store. When every
     * migration has finished, the copy is stale and is deleted, so that it never replaces newer data. Otherwise the
     * migration was interrupted or failed, and the copy is put back.
     */
    private void settleLeftoverCopy(MigrationSafeguard safeguard) {
        if (!safeguard.copyExists()) {
            return;
        }
        if (safeguard.storeExists() && migrationsFinished()) {
            safeguard.discardStaleCopy();
        } else {
            safeguard.undoInterruptedMigration();
        }
    }

    /** Returns true when the store has no pending and no failed migration. */
    private boolean migrationsFinished() {
        try (HikariDataSource dataSource = poolOpener.get()) {
            MigrationInfoService info = flyway(dataSource).info();
            return info.pending().length == 0
                    && Arrays.stream(info.all()).noneMatch(migration -> migration.getState().isFailed());
        }
    }

    /**
     * Migrates a store that H2 has yet to create. The marker is written before the pool creates the file, so the
     * first start skips the pending-migration query and does not close and reopen the pool.
     */
    private MigratedPool migrateNewStore(MigrationSafeguard safeguard) {
        safeguard.keepStoreBeforeMigration(false);
        HikariDataSource dataSource = poolOpener.get();
        try {
            return new MigratedPool(dataSource, migrateKeepingCopy(dataSource, safeguard));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private int migrateKeepingCopy(HikariDataSource dataSource, MigrationSafeguard safeguard) {
        long started = System.nanoTime();
        MigrateResult result;
        try {
            result = flyway(dataSource).migrate();
            syncToDisk(dataSource);
        } catch (FlywayException | StoreException e) {
            throw new StoreException("Migration of the store " + safeguard.storeFile() + " failed. The copy "
                    + safeguard.copyFile() + " keeps the store as it was before the migration, and the next start"
                    + " puts it back and runs the migration again. Fix the cause below before that start", e);
        }
        LOG.info("Store migrated fromVersion={} toVersion={} migrationsApplied={} durationMs={}",
                Objects.requireNonNullElse(result.initialSchemaVersion, "none"), result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000);
        safeguard.deleteCopy();
        return result.migrationsExecuted;
    }

    /**
     * Writes the migrated store to its file and syncs the file to the disk ({@code CHECKPOINT SYNC}), so that the
     * copy is deleted only after the migration is on the disk. H2 otherwise writes commits within its write delay.
     */
    private static void syncToDisk(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement sync = connection.createStatement()) {
            Database.writeToFile(connection);
            sync.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException("Failed to write the migrated store to the disk", e);
        }
    }

    private Flyway flyway(HikariDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }
}
