package id.laporbridge.normalize;

import io.micrometer.core.instrument.Metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, since start, the statuses no status map contains, per source and value. The store keeps the lasting count
 * and logs each distinct value once (see PageWriter).
 */
public final class UnknownStatuses {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    void seen(String source, String status) {
        counts.computeIfAbsent(source + ":" + status, key -> new AtomicLong()).incrementAndGet();
        Metrics.counter("lapor_bridge_unknown_statuses", "source", source,
                "status", status.length() > 64 ? status.substring(0, 64) : status).increment();
    }

    /** Returns how often each unknown status was seen since start, keyed by {@code source:status}. */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }
}
