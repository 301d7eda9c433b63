package id.laporbridge.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.laporbridge.dedup.ComplaintText;
import id.laporbridge.dedup.DedupSettings;
import id.laporbridge.dedup.DuplicateDetector;
import id.laporbridge.dedup.DuplicateLink;
import id.laporbridge.dedup.LinkKind;
import id.laporbridge.demo.PlantedPair;
import id.laporbridge.demo.SyntheticComplaint;
import id.laporbridge.demo.SyntheticComplaints;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * Measures duplicate lookups against indexes of synthetic complaints of growing size.
 *
 * <p>For each size N it bulk-indexes N complaints into a fresh H2 file database, then checks
 * {@value #PROBES} further complaints one by one and reports lookup and check latency, build time, heap
 * and recall on the near-duplicates planted among the probes. Run from the project folder:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.laporbridge.bench.DedupBenchmark -Dexec.args="10000 100000 1000000"}
 */
public final class DedupBenchmark {

    private static final int PROBES = 2_000;
    private static final double DUPLICATE_RATE = 0.05;
    private static final long SEED = 7L;
    /**
     * Complaints filed per day. The index grows by spanning more days, as a real one does, so the number
     * of complaints inside one 30-day window stays about 15,000 at every size.
     */
    private static final int COMPLAINTS_PER_DAY = 500;
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");

    private DedupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        quietLogging();
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            Result result = run(size);
            result.print();
            results.add(result);
        }
        printGrowth(results);
    }

    private static Result run(int size) throws IOException {
        Path folder = Files.createTempDirectory("dedup-bench-");
        try (HikariDataSource dataSource = openDatabase(folder)) {
            DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
            Instant to = FROM.plus(Duration.ofDays(1 + (size + PROBES) / COMPLAINTS_PER_DAY));
            SyntheticComplaints generator = new SyntheticComplaints(SEED, size + PROBES, DUPLICATE_RATE, FROM, to);
            double loadBefore = loadAverage();
            long buildNanos = buildIndex(detector, generator, size);
            long[][] latencies = checkProbes(detector, generator, size);
            double recall = recall(detector, generator.plantedPairs(), size);
            return new Result(size, buildNanos, latencies[0], latencies[1], latencies[2], recall, usedHeapBytes(),
                    loadBefore, loadAverage());
        } finally {
            deleteFolder(folder);
        }
    }

    private static long buildIndex(DuplicateDetector detector, SyntheticComplaints generator, int size) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        Iterator<ComplaintText> complaints = LongStream.rangeClosed(1, size)
                .mapToObj(id -> toComplaintText(id, generator.next())).iterator();
        detector.indexBulk(complaints);
        long elapsed = System.nanoTime() - started;
        System.out.printf(Locale.ROOT, "N=%d build wall=%.1fs cpu=%.1fs%n", size, elapsed / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
        return elapsed;
    }

    /**
     * Returns preview (lookup only) wall-clock latencies, preview thread CPU times and check (lookup,
     * record and index) wall-clock latencies, in nanoseconds. H2 runs embedded in the calling thread, so
     * the CPU time leaves out the time this thread waited for a core on a loaded machine. A first pass of
     * previews, which write nothing, warms up the JIT compiler and the H2 page cache.
     */
    private static long[][] checkProbes(DuplicateDetector detector, SyntheticComplaints generator, int size) {
        List<ComplaintText> probes = new ArrayList<>(PROBES);
        for (int i = 0; i < PROBES; i++) {
            probes.add(toComplaintText(size + i + 1L, generator.next()));
        }
        probes.forEach(detector::preview);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] lookups = new long[PROBES];
        long[] lookupCpu = new long[PROBES];
        long[] checks = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            ComplaintText probe = probes.get(i);
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            detector.preview(probe);
            long looked = System.nanoTime();
            lookupCpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
            detector.check(probe);
            lookups[i] = looked - started;
            checks[i] = System.nanoTime() - looked;
        }
        return new long[][] {lookups, lookupCpu, checks};
    }

    private static double recall(DuplicateDetector detector, List<PlantedPair> planted, int size) {
        int probePairs = 0;
        int found = 0;
        for (PlantedPair pair : planted) {
            long duplicateId = idOf(pair.duplicateKey());
            if (duplicateId <= size) {
                continue;
            }
            probePairs++;
            long originalId = idOf(pair.originalKey());
            List<DuplicateLink> links = detector.linksOf(duplicateId);
            boolean linked = links.stream().anyMatch(l -> l.otherId() == originalId && l.kind() == LinkKind.DUPLICATE);
            found += linked ? 1 : 0;
            if (!linked && Boolean.getBoolean("dedup.bench.show-misses")) {
                System.out.println("Missed planted pair " + pair + " links=" + links);
            }
        }
        return probePairs == 0 ? Double.NaN : (double) found / probePairs;
    }

    static ComplaintText toComplaintText(long id, SyntheticComplaint complaint) {
        String reporterKey = complaint.anonymous() ? null : Integer.toHexString(complaint.reporterPhone().hashCode());
        return new ComplaintText(id, complaint.channel(), complaint.key(), complaint.title() + ". " + complaint.body(),
                complaint.createdAt(), complaint.opdCode(), complaint.kapanewon(), complaint.categoryCode(),
                reporterKey, null);
    }

    private static long idOf(String key) {
        return Long.parseLong(key.substring(key.indexOf('-') + 1)) + 1;
    }

    private static HikariDataSource openDatabase(Path folder) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";CACHE_SIZE=262144");
        config.setMaximumPoolSize(2);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** Returns the system load average of the last minute. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long usedHeapBytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void quietLogging() {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void printGrowth(List<Result> results) {
        if (results.size() < 2) {
            return;
        }
        Result first = results.get(0);
        for (Result later : results.subList(1, results.size())) {
            System.out.printf(Locale.ROOT, "p99 growth %d -> %d: lookup x%.2f, lookupCpu x%.2f, check x%.2f%n",
                    first.size(), later.size(), later.lookupP99Millis() / first.lookupP99Millis(),
                    later.lookupCpuP99Millis() / first.lookupCpuP99Millis(),
                    later.checkP99Millis() / first.checkP99Millis());
        }
    }

    /** Figures of one index size. */
    private record Result(int size, long buildNanos, long[] lookupNanos, long[] lookupCpuNanos, long[] checkNanos,
            double recall, long heapBytes, double loadBefore, double loadAfter) {

        double lookupP99Millis() {
            return percentileMillis(lookupNanos, 0.99);
        }

        double lookupCpuP99Millis() {
            return percentileMillis(lookupCpuNanos, 0.99);
        }

        double checkP99Millis() {
            return percentileMillis(checkNanos, 0.99);
        }

        void print() {
            System.out.printf(Locale.ROOT, "N=%d build=%.1fs lookup p50=%.2fms p99=%.2fms lookupCpu p50=%.2fms "
                    + "p99=%.2fms check p50=%.2fms p99=%.2fms recall=%.3f heapUsed=%dMB load=%.1f..%.1f%n", size,
                    buildNanos / 1e9, percentileMillis(lookupNanos, 0.5), lookupP99Millis(),
                    percentileMillis(lookupCpuNanos, 0.5), lookupCpuP99Millis(), percentileMillis(checkNanos, 0.5),
                    checkP99Millis(), recall, heapBytes / (1024 * 1024), loadBefore, loadAfter);
        }

        private static double percentileMillis(long[] nanos, double quantile) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
