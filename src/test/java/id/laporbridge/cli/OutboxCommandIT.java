package id.laporbridge.cli;

import id.laporbridge.store.Database;
import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxCommandIT {

    @TempDir
    Path folder;

    private CliStore cli;
    private Path config;
    private String jdbcUrl;
    private long deadId;

    /** Queues three items: one ends dead after a 503, one done, one still pending. */
    @BeforeEach
    void queueItems() throws Exception {
        cli = CliStore.create(folder);
        config = cli.config();
        jdbcUrl = cli.jdbcUrl();
        try (Database database = Database.open(jdbcUrl, 2)) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            database.inTransaction(connection -> {
                outbox.enqueue(connection, "lapor-bantul", "create-aduan", "key-1", "7701", "{\"secret\":\"x\"}");
                outbox.enqueue(connection, "sp4n", "add-followup", "key-2", "7702", "{}");
                return outbox.enqueue(connection, "lapor-bantul", "create-aduan", "key-3", "7703", "{}");
            });
            List<OutboxItem> claimed = outbox.claimDue("lapor-bantul", "create-aduan", 1, Duration.ofMinutes(5));
            deadId = claimed.get(0).id();
            outbox.markFailed(deadId, 503, "http://127.0.0.1/aduan", "Service Unavailable", null);
            long doneId = outbox.claimDue("sp4n", "add-followup", 1, Duration.ofMinutes(5)).get(0).id();
            outbox.markDone(doneId, "f-1");
        }
    }

    @Test
    void listDefaultsToItemsNotDone() {
        int exit = cli.run("outbox", "list");

        assertThat(exit).as("exit code; errors: %s", cli.err()).isZero();
        assertThat(cli.out()).contains("subject=7701  state=dead  attempts=1")
                .contains("last_error_status=503  last_error_reason=\"Service Unavailable\"")
                .contains("subject=7703  state=pending").doesNotContain("subject=7702").contains("items=2")
                .doesNotContain("secret");
    }

    @Test
    void listFiltersByStateAndDestination() {
        cli.run("outbox", "list", "--state", "dead");
        cli.run("outbox", "list", "--state", "done", "--destination", "lapor-bantul");

        assertThat(cli.out()).contains("subject=7701").doesNotContain("subject=7703")
                .doesNotContain("subject=7702").contains("items=1").contains("items=0");
    }

    @Test
    void listShowsDashForMissingError() {
        cli.run("outbox", "list", "--state", "pending");

        assertThat(cli.out()).contains("subject=7703  state=pending  attempts=0")
                .contains("last_error_status=-  last_error_reason=-  last_error_uri=-")
                .doesNotContain("null");
    }

    @Test
    void unknownDestinationIsUsageError() {
        int exit = cli.run("outbox", "list", "--destination", "nope");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("'nope' is not an upstream; use one of sp4n, lapor-bantul.");
    }

    @Test
    void retryBringsDeadItemBackToPending() {
        int exit = cli.run("outbox", "retry", String.valueOf(deadId));

        assertThat(exit).as("exit code; errors: %s", cli.err()).isZero();
        assertThat(cli.out()).contains("retried=1");
        cli.run("outbox", "list", "--state", "pending");
        assertThat(cli.out()).contains("id=" + deadId + "  destination=lapor-bantul")
                .contains("subject=7701  state=pending  attempts=0").contains("last_error_status=503");
        try (Database database = Database.open(jdbcUrl, 2)) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            assertThat(outbox.claimDue("lapor-bantul", "create-aduan", 5, Duration.ofMinutes(5)))
                    .as("items the bridge claims next").extracting(OutboxItem::id).contains(deadId);
        }
    }

    @Test
    void retryOfItemNotDeadFails() {
        int exit = cli.run("outbox", "retry", String.valueOf(deadId + 2));

        assertThat(exit).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(cli.err()).contains("is pending, not dead; nothing changed");
    }

    @Test
    void retryAllCountsDeadItems() {
        int exit = cli.run("outbox", "retry", "--all");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("retried=1");
    }

    /** Holds the file lock in this JVM, which makes H2 fail with the same error 90020 as a second process. */
    @Test
    void lockedStoreGetsPlainMessage() throws Exception {
        Path file = folder.resolve("store/store.mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            int exit = cli.run("outbox", "retry", "--all");

            assertThat(lock.isValid()).isTrue();
            assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        }
        assertThat(cli.err()).contains("is in use by another process, usually the running bridge")
                .contains("Stop the bridge");
    }

}
