package id.laporbridge.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.demo.DemoSeed;
import id.laporbridge.demo.SyntheticComplaint;
import id.laporbridge.demo.SyntheticComplaints;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns the synthetic complaints of {@link SyntheticComplaints} into SP4N-LAPOR! complaints in the contract's shape,
 * dealt out in turn to the institutions that the bridge's OPD map lists, so every one is mirrored.
 */
final class BenchComplaints {

    static final long FIRST_TRACKING_ID = 5_000_000L;
    private static final long SEED = 11L;

    private final List<String> institutions;
    /** The latest creation time; fixed once, so that every run of the benchmark makes the same complaints. */
    private final Instant to = Instant.now().minus(Duration.ofHours(1));

    BenchComplaints(List<String> institutions) {
        this.institutions = List.copyOf(institutions);
    }

    int institutionCount() {
        return institutions.size();
    }

    /** Puts {@code count} complaints, created and last updated over the 60 days before the last hour. */
    void seed(FastUpstreams upstreams, int count) {
        seed(upstreams, count, 0, count, null);
    }

    /**
     * Puts complaints {@code first} (inclusive) to {@code end} (exclusive) of the {@code count} that
     * {@link #seed(FastUpstreams, int)} makes, oldest first. Each one is passed to {@code added} when that is not null.
     */
    void seed(FastUpstreams upstreams, int count, int first, int end, Added added) {
        Instant from = to.minus(Duration.ofDays(60));
        SyntheticComplaints generator = new SyntheticComplaints(SEED, count, 0.05, from, to);
        for (int i = 0; i < end; i++) {
            SyntheticComplaint synthetic = generator.next();
            if (i >= first) {
                ObjectNode complaint = complaint(synthetic, FIRST_TRACKING_ID + i, synthetic.createdAt(), i);
                upstreams.putComplaint(complaint);
                if (added != null) {
                    added.accept(complaint, institutions.get(i % institutions.size()), synthetic.createdAt());
                }
            }
        }
    }

    /** Receives a complaint just put, with its institution and update time. */
    @FunctionalInterface
    interface Added {
        void accept(ObjectNode complaint, String institution, Instant updatedAt);
    }

    ObjectNode complaint(SyntheticComplaint synthetic, long trackingId, Instant updatedAt, int index) {
        String institution = institutions.get(index % institutions.size());
        return DemoSeed.sp4nComplaint(synthetic, Long.toString(trackingId), institution, updatedAt);
    }
}
