package id.laporbridge.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A store that {@link Database#open} opens and migrates on a thread of its own, so that the caller can do other
 * start-up work meanwhile, such as Camel loading its route files.
 */
public final class DatabaseOpening implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpening.class);

    private final FutureTask<Database> database;
    private final Thread opener;
    private boolean failureThrown;

    private DatabaseOpening(FutureTask<Database> database, Thread opener) {
        this.database = database;
        this.opener = opener;
    }

    /** Starts opening the store at {@code jdbcUrl} with a pool of {@code maxPoolSize} connections. */
    public static DatabaseOpening begin(String jdbcUrl, int maxPoolSize) {
        FutureTask<Database> database = new FutureTask<>(() -> Database.open(jdbcUrl, maxPoolSize));
        Thread opener = new Thread(database, "lapor-bridge-store-open");
        opener.setDaemon(true);
        opener.start();
        return new DatabaseOpening(database, opener);
    }

    /** Returns the thread that opens the store. It ends once the store is open or the open has failed. */
    public Thread thread() {
        return opener;
    }

    /**
     * Waits until the store is open and migrated and returns it. A failure of the open is thrown as it was thrown on
     * the opening thread, e.g. a {@link StoreException} or Flyway's exception for a failed migration.
     */
    public Database await() throws InterruptedException {
        try {
            return database.get();
        } catch (ExecutionException e) {
            failureThrown = true;
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new StoreException("Failed to open the store. Check bridge.store.jdbc-url and the cause below",
                    e.getCause());
        }
    }

    /**
     * Waits until the open has ended and closes the store if it opened. The open is not interrupted, so that a
     * failed start does not cut a migration short. A kill or a JVM exit can still stop one halfway, and the next
     * open undoes it (see {@link MigrationSafeguard}). A failed open that {@link #await} has not thrown is logged
     * here, because the caller closes after a failure of its own and throws that one.
     */
    @Override
    public void close() throws InterruptedException {
        Database opened;
        try {
            opened = database.get();
        } catch (ExecutionException e) {
            if (failureThrown) {
                return;
            }
            LOG.warn("Store open failed while the start stopped for another reason reason=\"{}\"",
                    e.getCause().toString());
            return;
        }
        opened.close();
    }
}
