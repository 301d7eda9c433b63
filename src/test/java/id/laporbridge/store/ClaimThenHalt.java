package id.laporbridge.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A program that {@link ClaimSurvivesKillIT} runs in a JVM of its own. It queues items in an ordinary transaction,
 * claims them, prints the claimed ids and halts the JVM at once, as a kill would. Arguments: the store URL, the
 * number of items and a prefix for their keys.
 */
public final class ClaimThenHalt {

    private ClaimThenHalt() {
    }

    public static void main(String[] args) {
        String jdbcUrl = args[0];
        int items = Integer.parseInt(args[1]);
        String prefix = args[2];
        Database database = Database.open(jdbcUrl, 2);
        OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
        database.inTransaction(connection -> {
            for (int i = 0; i < items; i++) {
                outbox.enqueue(connection, "lapor-bantul", "create-aduan", prefix + i, prefix + "-subject-" + i,
                        "{}");
            }
            return null;
        });
        List<OutboxItem> claimed = outbox.claimDue("lapor-bantul", "create-aduan", items, Duration.ofMinutes(5));
        System.out.println("claimed " + claimed.stream().map(OutboxItem::id).toList());
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
