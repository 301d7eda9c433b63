package id.laporbridge.fetch;

import id.laporbridge.store.PageCounts;
import io.micrometer.core.instrument.Metrics;

/** Counters of polls and records per source, in Micrometer's global registry that the health endpoint serves. */
public final class PollMetrics {

    private PollMetrics() {
    }

    static void pollFinished(String source, PageCounts counts) {
        Metrics.counter("lapor_bridge_polls", "source", source, "outcome", "ok").increment();
        Metrics.counter("lapor_bridge_records_read", "source", source).increment(counts.fetched());
        written(source, "new", counts.created());
        written(source, "updated", counts.updated());
        written(source, "stale", counts.stale());
        written(source, "quarantined", counts.quarantined());
    }

    public static void pollFailed(String source) {
        Metrics.counter("lapor_bridge_polls", "source", source, "outcome", "failed").increment();
    }

    private static void written(String source, String kind, int count) {
        Metrics.counter("lapor_bridge_records_written", "source", source, "kind", kind).increment(count);
    }
}
