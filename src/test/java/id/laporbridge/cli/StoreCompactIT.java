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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCompactIT {

    private static final int ITEMS = 1500;
    private static final Pattern SIZES = Pattern.compile("bytesBefore=(\\d+) bytesAfter=(\\d+)");

    @TempDir
    Path folder;

    private CliStore cli;
    private Path config;
    private Path storeFile;

    /**
     * Fills a store the way a busy bridge does: many small commits, each written to the file at once. H2 keeps the
     * replaced pages for a while, so the file ends far larger than its data.
     */
    @BeforeEach
    void fillStoreWithManySmallCommits() throws Exception {
        cli = CliStore.create(folder);
        config = cli.config();
        String jdbcUrl = cli.jdbcUrl();
        storeFile = cli.storeFile();
        try (Database database = Database.open(jdbcUrl, 2)) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            for (int i = 0; i < ITEMS; i++) {
                String key = "key-" + i;
                String subject = String.valueOf(9000 + i);
                database.inDurableTransaction(connection -> outbox.enqueue(connection, "lapor-bantul",
                        "create-aduan", key, subject, "{\"n\":" + key.length() + "}"));
                for (OutboxItem item : outbox.claimDue("lapor-bantul", "create-aduan", 1, Duration.ofMinutes(5))) {
                    outbox.markDone(item.id(), "aduan-" + item.id());
                }
            }
        }
    }

    @Test
    void compactShrinksFileAndKeepsRows() throws Exception {
        long before = Files.size(storeFile);

        int exit = cli.run("store", "compact");

        assertThat(exit).as("stderr: %s", cli.err()).isEqualTo(ExitCodes.OK);
        Matcher sizes = SIZES.matcher(cli.out());
        assertThat(sizes.find()).as("output: %s", cli.out()).isTrue();
        long after = Files.size(storeFile);
        assertThat(Long.parseLong(sizes.group(1))).isEqualTo(before);
        assertThat(Long.parseLong(sizes.group(2))).isEqualTo(after);
        assertThat(after).as("file size after compacting, before was %d", before).isLessThan(before / 2);
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("store/store").toAbsolutePath(),
                2)) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            assertThat(outbox.count("lapor-bantul", "create-aduan", OutboxStore.DONE)).isEqualTo(ITEMS);
            assertThat(outbox.count("lapor-bantul", "create-aduan", OutboxStore.PENDING)).isZero();
        }
    }

    /** Holds the file lock in this JVM, which makes H2 fail with the same error 90020 as a running bridge. */
    @Test
    void storeInUseStaysUntouched() throws Exception {
        long before = Files.size(storeFile);
        try (FileChannel channel = FileChannel.open(storeFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            int exit = cli.run("store", "compact");

            assertThat(lock.isValid()).isTrue();
            assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        }
        assertThat(cli.err()).contains("is in use by another process").contains("Stop the bridge");
        assertThat(Files.size(storeFile)).isEqualTo(before);
    }

    @Test
    void nonFileStoreIsRejected() throws Exception {
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=jdbc:h2:mem:compact\n");

        int exit = cli.run("store", "compact");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("local H2 file only").contains("jdbc:h2:mem:compact");
    }

}
