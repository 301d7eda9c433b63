package id.laporbridge.bench;

import id.laporbridge.demo.SyntheticComplaint;
import id.laporbridge.demo.SyntheticComplaints;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times how long an upstream change takes to reach the other side. Half of the changes are new SP4N-LAPOR!
 * complaints, timed until their aduan is created in Lapor Bantul; the other half are OPD answers added to mirrored
 * aduan, timed until their follow-up is posted to SP4N-LAPOR!. Changes come at random gaps of 0 to 1 s, so they
 * fall anywhere in the poll interval.
 */
final class LatencyRun {

    private final BenchOptions options;
    private final FastUpstreams upstreams;
    private final BenchComplaints complaints;
    private final Reporter out;

    LatencyRun(BenchOptions options, FastUpstreams upstreams, BenchComplaints complaints, Reporter out) {
        this.options = options;
        this.upstreams = upstreams;
        this.complaints = complaints;
        this.out = out;
    }

    /** Writes one line of the report. */
    @FunctionalInterface
    interface Reporter {
        void line(String format, Object... values);
    }

    /** Runs the bridge on {@code store}, which holds the backfill, with the latency poll interval. */
    void run(Path store) throws Exception {
        String interval = Integer.toString(options.latencyPollMs());
        List<String> args = List.of(store.toString(), "bridge.sp4n.base-url=" + upstreams.baseUrl(),
                "bridge.lapor-bantul.base-url=" + upstreams.baseUrl(), "bridge.sp4n.poll-interval-ms=" + interval,
                "bridge.lapor-bantul.poll-interval-ms=" + interval);
        try (ChildJvm child = ChildJvm.start(options, Path.of("target", "bench", "bridge-latency.log"),
                BridgeNode.class, args)) {
            int sp4nBefore = upstreams.sp4nFirstPages();
            int aduanBefore = upstreams.aduanFirstPages();
            child.awaitLine("started", options.timeout());
            // Polls never overlap, so the start of a listing's second poll means its first one, which reads the
            // overlap before the backfill's cursors again, has ended.
            long started = System.nanoTime();
            SyncBenchmark.waitUntil("the second SP4N poll", () -> upstreams.sp4nFirstPages() - sp4nBefore,
                    2 * complaints.institutionCount(), options.timeout());
            SyncBenchmark.waitUntil("the second Lapor Bantul poll", () -> upstreams.aduanFirstPages() - aduanBefore,
                    2, options.timeout());
            out.line("latency bridge: first polls over the backfill's overlap ended after %.0f s",
                    (System.nanoTime() - started) / 1e9);
            measure();
        }
    }

    private void measure() throws InterruptedException {
        int count = options.latencyChanges();
        SplittableRandom random = new SplittableRandom(3);
        SyntheticComplaints generator = new SyntheticComplaints(17L, count, 0.0, Instant.now().minusSeconds(3600),
                Instant.now());
        String[] keys = new String[count];
        boolean[] toLaporBantul = new boolean[count];
        long[] madeNanos = new long[count];
        int createdBefore = upstreams.aduanCreated();
        for (int i = 0; i < count; i++) {
            SyntheticComplaint synthetic = generator.next();
            toLaporBantul[i] = i % 2 == 0;
            if (toLaporBantul[i]) {
                long trackingId = BenchComplaints.FIRST_TRACKING_ID + options.complaints() + i;
                keys[i] = Long.toString(trackingId);
                upstreams.putComplaint(complaints.complaint(synthetic, trackingId, Instant.now(), i / 2));
            } else {
                keys[i] = Long.toString(BenchComplaints.FIRST_TRACKING_ID + random.nextInt(options.complaints()));
                while (upstreams.followupNanos(keys[i]) != null || contains(keys, i, keys[i])) {
                    keys[i] = Long.toString(BenchComplaints.FIRST_TRACKING_ID + random.nextInt(options.complaints()));
                }
                upstreams.addTanggapan(keys[i], synthetic.body());
            }
            madeNanos[i] = System.nanoTime();
            Thread.sleep(random.nextInt(1000));
        }
        SyncBenchmark.waitUntil("the mirrored changes", upstreams::aduanCreated, createdBefore + (count + 1) / 2,
                Duration.ofMinutes(5));
        SyncBenchmark.waitUntil("the posted answers", () -> arrived(keys, toLaporBantul), count / 2,
                Duration.ofMinutes(5));
        report(keys, toLaporBantul, madeNanos);
    }

    private int arrived(String[] keys, boolean[] toLaporBantul) {
        int arrived = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!toLaporBantul[i] && upstreams.followupNanos(keys[i]) != null) {
                arrived++;
            }
        }
        return arrived;
    }

    private void report(String[] keys, boolean[] toLaporBantul, long[] madeNanos) {
        List<Long> all = new ArrayList<>();
        List<Long> mirrored = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Long arrivedNanos = toLaporBantul[i] ? upstreams.createdNanos(keys[i]) : upstreams.followupNanos(keys[i]);
            long millis = (arrivedNanos - madeNanos[i]) / 1_000_000;
            all.add(millis);
            (toLaporBantul[i] ? mirrored : answered).add(millis);
        }
        out.line("latency over %d changes, poll interval %d ms: p50 %d ms, p99 %d ms, max %d ms "
                + "(target p99 <= %d ms)", all.size(), options.latencyPollMs(), percentile(all, 0.5),
                    percentile(all, 0.99), percentile(all, 1.0), options.latencyPollMs() + 1000);
        out.line("  SP4N complaint -> Lapor Bantul aduan: p50 %d ms, p99 %d ms; Lapor Bantul answer -> SP4N "
                + "follow-up: p50 %d ms, p99 %d ms", percentile(mirrored, 0.5),
                    percentile(mirrored, 0.99), percentile(answered, 0.5), percentile(answered, 0.99));
    }

    private static boolean contains(String[] keys, int before, String key) {
        return Arrays.asList(keys).subList(0, before).contains(key);
    }

    /** Returns the nearest-rank percentile. */
    static long percentile(List<Long> values, double quantile) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
