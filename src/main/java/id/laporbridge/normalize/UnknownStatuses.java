package id.laporbridge.normalize;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the statuses no status map contains, per source and value, and logs each distinct value once. */
public final class UnknownStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownStatuses.class);

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    void seen(String source, String status) {
        AtomicLong count = counts.computeIfAbsent(source + ":" + status, key -> {
            LOG.warn("Status unknown, its records are quarantined until config/status-map.yaml maps it "
                    + "source={} status={}", source, status);
            return new AtomicLong();
        });
        count.incrementAndGet();
    }

    /** Returns how often each unknown status was seen since start, keyed by {@code source:status}. */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }
}
