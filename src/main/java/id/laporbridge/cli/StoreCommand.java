package id.laporbridge.cli;

import id.laporbridge.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Maintains the store file. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Maintain the store file.",
        subcommands = StoreCommand.Compact.class)
final class StoreCommand extends CommandGroup {

    /** Rewrites the H2 file with only its live data and prints its size before and after. */
    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = {"Rewrite the store's H2 file with only the data it contains, and print the file size before "
                    + "and after and the time taken. The file grows far beyond its data after a large backfill, "
                    + "mostly during the duplicate check, and does not shrink while the bridge runs. The rewrite "
                    + "needs free disk space for a second copy of the live data.",
                "Stop the bridge first, because H2 lets one process at a time open the store file.",
                "Exit code 0 when compacted, 2 when the store is not a local H2 file, 3 on invalid settings, 4 on any "
                    + "other failure."})
    static final class Compact implements Callable<Integer> {

        @Mixin
        private ConfigOptions options;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String jdbcUrl = options.settings().text("bridge.store.jdbc-url");
            Path file = StoreNotFoundException.h2File(jdbcUrl);
            if (file == null) {
                spec.commandLine().getErr().println("lapor-bridge store compact: works on a local H2 file only, "
                        + "not on bridge.store.jdbc-url=" + jdbcUrl);
                return ExitCodes.USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            long started = System.nanoTime();
            long before;
            try (Database database = options.openExistingStore()) {
                before = size(file);
                out.println("Compacting the store: file=" + file + " bytes=" + before);
                database.closeCompacted();
            }
            long after = size(file);
            out.println(String.format(Locale.ROOT, "Store compacted: bytesBefore=%d bytesAfter=%d saved=%.0f%% "
                    + "seconds=%.1f", before, after, 100.0 * (before - after) / Math.max(before, 1),
                    (System.nanoTime() - started) / 1e9));
            return ExitCodes.OK;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to read the size of the store file " + file, e);
            }
        }
    }
}
