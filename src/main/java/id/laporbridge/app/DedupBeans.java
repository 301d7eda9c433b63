package id.laporbridge.app;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigException;
import id.laporbridge.dedup.DedupSettings;
import id.laporbridge.dedup.DuplicateDetector;
import id.laporbridge.dedup.StoredComplaintChecks;
import id.laporbridge.store.BackgroundYield;
import id.laporbridge.store.Database;
import id.laporbridge.store.SyncActivity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds the duplicate check from the {@code bridge.dedup.*} settings. */
public final class DedupBeans {

    private DedupBeans() {
    }

    public static StoredComplaintChecks create(Settings settings, BridgeConfig config, Database database,
                                               SyncActivity activity, Clock clock) {
        DedupSettings dedup = settings(settings);
        List<String> problems = dedup.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid bridge.dedup settings:\n  " + String.join("\n  ", problems));
        }
        DuplicateDetector detector = DuplicateDetector.open(database.dataSource(), dedup);
        BackgroundYield yield = new BackgroundYield(activity, settings.seconds("bridge.dedup.yield-max-seconds"));
        return new StoredComplaintChecks(database.dataSource(), detector, config.opdMap(),
                settings.integer("bridge.dedup.batch-size"), yield, clock);
    }

    /** Returns the duplicate detection settings read from the {@code bridge.dedup.*} keys. */
    public static DedupSettings settings(Settings settings) {
        DedupSettings defaults = DedupSettings.defaults();
        return new DedupSettings(settings.integer("bridge.dedup.shingle-size"),
                settings.integer("bridge.dedup.hash-count"), settings.integer("bridge.dedup.bands"),
                defaults.seed(), settings.decimal("bridge.dedup.threshold"),
                settings.decimal("bridge.dedup.containment-threshold"), defaults.minContainmentShingles(),
                Duration.ofDays(settings.integer("bridge.dedup.window-days")), settings.flag("bridge.dedup.same-opd"),
                settings.flag("bridge.dedup.same-kapanewon"), settings.flag("bridge.dedup.same-category"),
                settings.integer("bridge.dedup.template-reporter-limit"), defaults.commonTermMinComplaints(),
                defaults.commonTermShare(), defaults.maxCandidates());
    }
}
