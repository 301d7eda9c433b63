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

    BenchComplaints(List<String> institutions) {
        this.institutions = List.copyOf(institutions);
    }

    int institutionCount() {
        return institutions.size();
    }

    /** Puts {@code count} complaints, created and last updated over the 60 days before the last hour. */
    void seed(FastUpstreams upstreams, int count) {
        Instant to = Instant.now().minus(Duration.ofHours(1));
        Instant from = to.minus(Duration.ofDays(60));
        SyntheticComplaints generator = new SyntheticComplaints(SEED, count, 0.05, from, to);
        for (int i = 0; i < count; i++) {
            SyntheticComplaint synthetic = generator.next();
            upstreams.putComplaint(complaint(synthetic, FIRST_TRACKING_ID + i, synthetic.createdAt(), i));
        }
    }

    ObjectNode complaint(SyntheticComplaint synthetic, long trackingId, Instant updatedAt, int index) {
        String institution = institutions.get(index % institutions.size());
        return DemoSeed.sp4nComplaint(synthetic, Long.toString(trackingId), institution, updatedAt);
    }
}
