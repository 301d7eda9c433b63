package id.laporbridge.store;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.awaitility.Awaitility.await;

/**
 * Run by {@link ClaimSurvivesKillIT} in a JVM of its own, on a store in the {@code held:} file system of
 * {@link HeldWritesFilePath}. It claims one follow-up while another thread's store of the H2 file takes the claim
 * with it, then halts the JVM as soon as the claim returns. That other store is what H2's background writer, or a
 * large transaction past H2's auto-commit buffer, does at any moment. H2 serializes and writes such a store on its
 * own threads after the store lock is released, and the held writes make that write slow.
 *
 * <p>The steps: a second thread takes H2's store lock. The claim commits, and its {@code CHECKPOINT} waits for the
 * lock. The second thread then starts a store (which includes the committed claim), holds the file writes and
 * releases the lock. Arguments: the store folder's absolute path. Prints the claimed ids before halting.
 */
public final class ClaimDuringOtherStoreThenHalt {

    private ClaimDuringOtherStoreThenHalt() {
    }

    public static void main(String[] args) throws Exception {
        HeldWritesFilePath.register();
        String jdbcUrl = "jdbc:h2:held:" + args[0];
        try (Database database = Database.open(jdbcUrl, 2)) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            database.inTransaction(connection -> outbox.enqueue(connection, "sp4n", "add-followup", "held-1",
                    "held-subject", "{}"));
        }
        Database database = Database.open(jdbcUrl, 2);
        OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
        MVStore store = mvStore(database);
        Thread claimer = Thread.currentThread();
        CountDownLatch lockTaken = new CountDownLatch(1);
        Thread otherStore = new Thread(() -> store.executeFilestoreOperation(() -> {
            lockTaken.countDown();
            await().atMost(Duration.ofMinutes(1)).until(() -> waitsForStoreLockInCheckpoint(claimer));
            store.tryCommit();
            HeldWritesFilePath.holdWrites();
        }), "other-store");
        otherStore.setDaemon(true);
        otherStore.start();
        lockTaken.await();

        List<OutboxItem> claimed = outbox.claimDue("sp4n", "add-followup", 1, Duration.ofMinutes(5));
        System.out.println("claimed " + claimed.stream().map(OutboxItem::id).toList());
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }

    private static MVStore mvStore(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        }
    }

    /** Returns true when the thread waits inside {@code MVStore.commit}, called by {@link Database#writeToFile}. */
    private static boolean waitsForStoreLockInCheckpoint(Thread thread) {
        List<StackTraceElement> frames = Arrays.asList(thread.getStackTrace());
        boolean inCommit = frames.stream().anyMatch(frame -> frame.getClassName().equals(MVStore.class.getName())
                && frame.getMethodName().equals("commit"));
        boolean inWriteToFile = frames.stream().anyMatch(frame -> frame.getClassName().equals(
                Database.class.getName()) && frame.getMethodName().equals("writeToFile"));
        return thread.getState() == Thread.State.WAITING && inCommit && inWriteToFile;
    }
}
