package id.laporbridge.cli;

import id.laporbridge.app.DedupBeans;
import id.laporbridge.config.ConfigException;
import id.laporbridge.dedup.DedupSettings;
import id.laporbridge.dedup.DuplicateDetector;
import id.laporbridge.dedup.IndexCounts;
import id.laporbridge.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Maintains the duplicate index in the store. */
@Command(name = "dedup", mixinStandardHelpOptions = true, description = "Maintain the duplicate index.",
        subcommands = DedupCommand.Rebuild.class)
final class DedupCommand extends CommandGroup {

    /** Rebuilds the LSH bands and word counts from the indexed texts with the configured settings. */
    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = {"Rebuild the duplicate index (LSH bands and word counts) from the complaint texts it "
                    + "holds, with the bridge.dedup settings of --config-dir, and print the row counts and the time "
                    + "taken. Recorded duplicate links stay. Complaints never checked are not added: the bridge's "
                    + "duplicate check adds them.",
                "Stop the bridge first, because H2 lets one process at a time open the store file.",
                "Exit code 0 when rebuilt, 3 on invalid settings, 4 on any other failure."})
    static final class Rebuild implements Callable<Integer> {

        @Mixin
        private ConfigOptions options;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            DedupSettings settings = validSettings();
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = options.openExistingStore()) {
                DuplicateDetector detector = DuplicateDetector.openForRebuild(database.dataSource(), settings);
                out.println("Rebuilding the duplicate index: " + describe(detector.counts()) + " shingle-size="
                        + settings.shingleSize() + " hash-count=" + settings.hashCount() + " bands=" + settings.bands());
                long started = System.nanoTime();
                int rebuilt = detector.rebuild();
                double seconds = (System.nanoTime() - started) / 1e9;
                out.println("Duplicate index rebuilt: " + describe(detector.counts()) + String.format(Locale.ROOT,
                        " seconds=%.1f textsPerSecond=%.0f", seconds, rebuilt / Math.max(seconds, 1e-3)));
            }
            return ExitCodes.OK;
        }

        private DedupSettings validSettings() {
            DedupSettings settings = DedupBeans.settings(options.settings());
            List<String> problems = settings.problems();
            if (!problems.isEmpty()) {
                throw new ConfigException("Invalid bridge.dedup settings:\n  " + String.join("\n  ", problems));
            }
            return settings;
        }

        private static String describe(IndexCounts counts) {
            return "texts=" + counts.texts() + " bandRows=" + counts.bandRows() + " terms=" + counts.terms()
                    + " links=" + counts.links();
        }
    }
}
