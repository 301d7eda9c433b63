package id.laporbridge.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claimed outbox item must still be claimed after the process dies right after the claim, because the delivery
 * decides from the attempt count whether to look upstream for an earlier call. H2 writes ordinary commits within
 * its write delay, so each round halts a JVM right after its claim and opens the store again.
 */
class ClaimSurvivesKillIT {

    private static final int ITEMS = 5;

    @TempDir
    Path folder;

    @Test
    void claimsSurviveAHalt() throws Exception {
        String jdbcUrl = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        for (String round : List.of("a", "b", "c")) {
            String output = runAndHalt(jdbcUrl, round);
            assertThat(output).as("output of round %s", round).contains("claimed [");

            try (Database database = Database.open(jdbcUrl, 2)) {
                List<OutboxEntry> sending = new OutboxStore(database, java.time.Clock.systemUTC())
                        .list(OutboxStore.SENDING, null);
                assertThat(sending).as("items claimed after round %s", round)
                        .filteredOn(entry -> entry.subjectId().startsWith(round + "-subject-"))
                        .hasSize(ITEMS)
                        .allSatisfy(entry -> assertThat(entry.attempts()).isEqualTo(1));
            }
        }
    }

    /**
     * Another thread's store of the H2 file can take the claim's commit with it, in the moment before the claim's
     * {@code CHECKPOINT}. That store is written on H2's own threads, and the claim must not return before it is.
     */
    @Test
    void claimTakenByAnotherStoreOutlivesAHalt() throws Exception {
        Path store = folder.resolve("store").toAbsolutePath();
        String output = runAndHalt(ClaimDuringOtherStoreThenHalt.class, "claim during another store",
                store.toString());
        assertThat(output).as("output of the claim").contains("claimed [");

        try (Database database = Database.open("jdbc:h2:file:" + store, 2)) {
            List<OutboxEntry> items = new OutboxStore(database, java.time.Clock.systemUTC()).list(null, null);
            assertThat(items).as("outbox items after the halt").hasSize(1);
            assertThat(items.get(0).state()).as("state of the claimed item").isEqualTo(OutboxStore.SENDING);
            assertThat(items.get(0).attempts()).as("attempts of the claimed item").isEqualTo(1);
        }
    }

    private static String runAndHalt(String jdbcUrl, String round) throws IOException, InterruptedException {
        return runAndHalt(ClaimThenHalt.class, "round " + round, jdbcUrl, String.valueOf(ITEMS), round);
    }

    private static String runAndHalt(Class<?> program, String round, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), program.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("%s exited; output:%n%s", round, output).isTrue();
        assertThat(process.exitValue()).as("exit of %s; output:%n%s", round, output).isEqualTo(137);
        return output;
    }
}
