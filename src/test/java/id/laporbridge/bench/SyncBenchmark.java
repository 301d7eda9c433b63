package id.laporbridge.bench;

import id.laporbridge.config.ConfigLoader;
import id.laporbridge.config.OpdMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Measures the bridge's sync throughput against a plain program doing the same calls and writes, its change
 * latency, its heap after a large sync, its CPU use while idle and its time from start to first poll.
 *
 * <p>The upstreams are {@link FastUpstreams}, in this JVM; the bridge and the baseline each run in a JVM of their
 * own ({@link BridgeNode}, {@link BaselineSync}) with the same {@code -Xmx}, so CPU time and heap are theirs alone.
 * Run it with {@code mvn -B -Pbench package -DskipTests exec:exec}; arguments are {@code name=value}, see
 * {@link BenchOptions}. Figures are printed as ratios against the baseline measured in the same run.
 */
public final class SyncBenchmark {

    private static final Path WORK = Path.of("target", "bench");

    private final BenchOptions options;
    private final Map<String, String> institutionToOpd;
    private final List<String> report = new ArrayList<>();

    private SyncBenchmark(BenchOptions options, Map<String, String> institutionToOpd) {
        this.options = options;
        this.institutionToOpd = institutionToOpd;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        OpdMap opdMap = new ConfigLoader().load(Path.of("config")).opdMap();
        Map<String, String> institutionToOpd = new LinkedHashMap<>();
        opdMap.institutionIds().forEach(id -> institutionToOpd.put(id, opdMap.opdOf(id).orElseThrow()));
        deleteTree(WORK);
        SyncBenchmark benchmark = new SyncBenchmark(options, institutionToOpd);
        benchmark.line("machine: %d cores, %s, java %s; load average at start %s", Runtime.getRuntime()
                .availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"), load());
        benchmark.line("options: %s", options);
        benchmark.run();
        benchmark.line("load average at end %s", load());
        Files.write(WORK.resolve("results.txt"), benchmark.report);
        System.exit(0);
    }

    private void run() throws Exception {
        BenchComplaints complaints = new BenchComplaints(List.copyOf(institutionToOpd.keySet()));
        try (FastUpstreams upstreams = FastUpstreams.start()) {
            complaints.seed(upstreams, options.complaints());
            double baseline = options.skipBaseline() ? Double.NaN : baseline(upstreams);
            upstreams.resetLaporBantul();
            Path store = WORK.resolve("bridge-store");
            double bridge = bridgeBackfill(upstreams, store);
            line("backfill ratio bridge/baseline: %.2f (target >= 0.80)", bridge / baseline);
            if (options.latencyChanges() > 0) {
                new LatencyRun(options, upstreams, complaints, this::line).run(store);
            }
        }
        if (options.memoryComplaints() > 0) {
            memory(complaints);
        }
    }

    /** Runs the baseline program to its end and returns its throughput in complaints per second. */
    private double baseline(FastUpstreams upstreams) throws Exception {
        List<String> args = new ArrayList<>(List.of(upstreams.baseUrl(), WORK.resolve("baseline-store").toString()));
        institutionToOpd.forEach((institution, opd) -> args.add(institution + "=" + opd));
        try (ChildJvm child = ChildJvm.start(options, WORK.resolve("baseline.log"), BaselineSync.class,
                args)) {
            child.awaitLine("done", options.timeout());
            requireCount("baseline aduan", upstreams::aduanCreated, options.complaints());
            double seconds = (upstreams.lastCreateNanos() - upstreams.firstListingNanos()) / 1e9;
            double rate = options.complaints() / seconds;
            line("baseline backfill: %d complaints in %.1f s = %.0f/s (JDK HttpClient, Jackson, batched JDBC, "
                    + "one thread); CPU %.1f s", options.complaints(), seconds, rate, child.cpuNanos() / 1e9);
            storeSize("baseline", WORK.resolve("baseline-store"), "after its backfill");
            return rate;
        }
    }

    /**
     * Starts the bridge with its shipped settings on an empty store, measures the time to its first poll and the
     * backfill, then lets it settle and measures its idle CPU share and its heap. Returns complaints per second.
     */
    private double bridgeBackfill(FastUpstreams upstreams, Path store) throws Exception {
        double seconds;
        double rate;
        List<String> args = List.of(store.toString(), "bridge.sp4n.base-url=" + upstreams.baseUrl(),
                "bridge.lapor-bantul.base-url=" + upstreams.baseUrl());
        try (ChildJvm child = ChildJvm.start(options, WORK.resolve("bridge-backfill.log"),
                BridgeNode.class, args)) {
            waitUntil("the first poll", () -> upstreams.firstListingNanos() == 0 ? 0 : 1, 1, options.timeout());
            line("start to first poll: %.2f s (JVM start, Flyway, Camel Main, first Quartz fire; target <= 3 s)",
                    (upstreams.firstListingNanos() - child.startedNanos()) / 1e9);
            long cpuAtFirstPoll = child.cpuNanos();
            waitUntil("the mirrored aduan", upstreams::aduanCreated, options.complaints(), options.timeout());
            seconds = (upstreams.lastCreateNanos() - upstreams.firstListingNanos()) / 1e9;
            rate = options.complaints() / seconds;
            // CPU time depends less on the other load of the machine than the wall time does.
            line("bridge backfill: %d complaints in %.1f s = %.0f/s (first listing call to last aduan created); "
                    + "CPU %.1f s from the first poll on", options.complaints(), seconds, rate,
                    (child.cpuNanos() - cpuAtFirstPoll) / 1e9);
            heap(child, "right after the backfill of " + options.complaints() + " SP4N complaints");
            storeSize("bridge", store, "right after the backfill");
            if (options.idleSeconds() > 0 || options.latencyChanges() > 0) {
                // The Lapor Bantul poll reads the new aduan back. The latency run starts after that, so that its
                // first polls do not read the backfill's aduan, and idle starts after that and the duplicate check.
                long readBackStarted = System.nanoTime();
                waitUntil("the aduan read back", () -> storedCount(child), 2 * options.complaints(),
                        options.timeout());
                line("aduan read back %.0f s after the backfill figure was taken",
                        (System.nanoTime() - readBackStarted) / 1e9);
            }
            if (options.idleSeconds() > 0) {
                settle(child, true);
                storeSize("bridge", store, "after the read-back and the background work");
                idle(child);
                heap(child, "after the read-back, " + 2 * options.complaints() + " stored complaints");
            }
        }
        storeSize("bridge", store, "after the bridge stopped");
        return rate;
    }

    /**
     * Reads the heap after a full sync of {@code memoryComplaints} SP4N complaints, which come back as as many aduan.
     * All but the last {@code memorySynced} are seeded into the store first (see {@link StoreSeeder}); the bridge
     * then syncs the rest itself, reads its aduan back and checks them for duplicates before the heap is read.
     */
    private void memory(BenchComplaints complaints) throws Exception {
        int count = options.memoryComplaints();
        int seeded = Math.max(0, count - options.memorySynced());
        Path store = WORK.resolve("memory-store");
        try (FastUpstreams upstreams = FastUpstreams.start()) {
            if (seeded > 0) {
                // The seeded aduan were made a minute after their complaint, so the bridge's polls do not read them
                // again as recent changes.
                complaints.seed(upstreams, count, 0, seeded, (complaint, institution, updatedAt) ->
                        upstreams.mirrorWithoutCounting(complaint, institutionToOpd.get(institution),
                                updatedAt.plusSeconds(60)));
                seedStore(upstreams, store);
            }
            complaints.seed(upstreams, count, seeded, count, null);
            List<String> args = List.of(store.toString(), "bridge.sp4n.base-url=" + upstreams.baseUrl(),
                    "bridge.lapor-bantul.base-url=" + upstreams.baseUrl());
            try (ChildJvm child = ChildJvm.start(options, WORK.resolve("bridge-memory.log"),
                    BridgeNode.class, args)) {
                long started = System.nanoTime();
                waitUntil("the mirrored aduan", upstreams::aduanCreated, count - seeded, options.timeout());
                waitUntil("the stored complaints", () -> storedCount(child), 2 * count, options.timeout());
                line("memory sync: %d SP4N complaints and their %d aduan stored (%d of each seeded) in %.0f s",
                        count, count, seeded, (System.nanoTime() - started) / 1e9);
                // CPU alone decides here. The SLA check reads the synced complaints twice more in the next 10
                // minutes, and those reads keep nothing in the heap after they end.
                settle(child, false);
                heap(child, "after a full sync of " + (2 * count) + " stored complaints");
            }
        }
    }

    private void seedStore(FastUpstreams upstreams, Path store) throws Exception {
        List<String> args = new ArrayList<>(List.of(upstreams.baseUrl(), store.toString()));
        args.addAll(institutionToOpd.keySet());
        try (ChildJvm seeder = ChildJvm.start(options, WORK.resolve("store-seeder.log"), StoreSeeder.class, args)) {
            String[] counts = seeder.awaitLine("seeded", options.timeout()).split(" ");
            line("memory seeding: %s SP4N complaints and %s aduan stored through the page writer, %s mirror items "
                    + "marked done, %s texts indexed, in %s s", counts[0], counts[1], counts[2], counts[3],
                    counts[4]);
        }
    }

    private static int storedCount(ChildJvm child) {
        try {
            child.send("count");
            return (int) Long.parseLong(child.awaitLine("count", Duration.ofMinutes(2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the stored count", e);
        }
    }

    /**
     * Waits until the bridge's background work is done: three 10 s windows in a row under 2% CPU, and with
     * {@code untilNothingPending} nothing left for the duplicate check or the next SLA check (see
     * {@link BridgeNode}). One quiet window was not enough, because the duplicate check starts up to 15 s after the
     * last poll that stored records. Quiet windows alone also came between two SLA checks that each recomputed the
     * clocks of a burst. Waiting out the SLA check's margin also lets H2 finish rewriting the file after a burst.
     */
    private static final int QUIET_WINDOWS = 3;

    private void settle(ChildJvm child, boolean untilNothingPending) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + options.timeout().toNanos();
        int quietWindows = 0;
        while (System.nanoTime() < deadline) {
            long cpu = child.cpuNanos();
            Thread.sleep(10_000);
            boolean lowCpu = (child.cpuNanos() - cpu) / 10e9 < 0.02;
            boolean quiet = lowCpu && (!untilNothingPending || pendingWork(child) == 0);
            quietWindows = quiet ? quietWindows + 1 : 0;
            if (quietWindows == QUIET_WINDOWS) {
                line("settled after %.0f s of background work", (System.nanoTime() - started) / 1e9);
                return;
            }
        }
        throw new IllegalStateException("The bridge did not settle within " + options.timeout());
    }

    private static long pendingWork(ChildJvm child) throws InterruptedException {
        child.send("pending");
        return Long.parseLong(child.awaitLine("pending", Duration.ofMinutes(2)));
    }

    private void idle(ChildJvm child) throws InterruptedException {
        long cpu = child.cpuNanos();
        long started = System.nanoTime();
        Thread.sleep(options.idleSeconds() * 1000L);
        double share = (double) (child.cpuNanos() - cpu) / (System.nanoTime() - started);
        line("idle CPU over %d s: %.3f%% of one core (user + system time from the OS; target < 1%%)",
                options.idleSeconds(), share * 100);
    }

    private void heap(ChildJvm child, String when) throws InterruptedException {
        child.send("heap");
        String[] bytes = child.awaitLine("heap", Duration.ofMinutes(2)).split(" ");
        line("heap %s: %d MB live after full GC, %d MB committed, -Xmx%s (target <= 256 MB)", when,
                Long.parseLong(bytes[0]) >> 20, Long.parseLong(bytes[1]) >> 20, options.maxHeap());
    }

    /** Prints the size of the H2 file in a store folder, which can grow far beyond the data it contains. */
    private void storeSize(String owner, Path store, String when) throws IOException {
        Path file = store.resolve("store.mv.db");
        line("store file of the %s %s: %d MB", owner, when, Files.size(file) >> 20);
    }

    private void requireCount(String what, IntSupplier counter, int expected) {
        if (counter.getAsInt() != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", found " + counter.getAsInt());
        }
    }

    static void waitUntil(String what, IntSupplier counter, int target, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counter.getAsInt() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what + ": "
                        + counter.getAsInt() + " of " + target);
            }
            Thread.sleep(20);
        }
    }

    void line(String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        System.out.println(text);
        report.add(text);
    }

    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
