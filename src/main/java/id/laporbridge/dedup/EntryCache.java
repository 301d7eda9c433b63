package id.laporbridge.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Index entries recently read from {@code dedup_text}, least recently used first out. The candidates of a
 * lookup are complaints filed within one time window, so consecutive lookups read mostly the same entries,
 * and this cache keeps them from being read and decoded from H2 each time.
 *
 * <p>Entries are only ever added after a read, and the detector removes an id after every write to it,
 * so a cached entry equals the stored row as long as this detector is the only writer of the index.
 */
final class EntryCache {

    private final Map<Long, IndexedText> entries;

    EntryCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, IndexedText> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns the entries of {@code complaintIds} by id, reading those not cached through {@code loader}. */
    List<IndexedText> load(long[] complaintIds, Loader loader) throws java.sql.SQLException {
        List<IndexedText> found = new ArrayList<>(complaintIds.length);
        long[] missing = new long[complaintIds.length];
        int missingCount = 0;
        synchronized (this) {
            for (long id : complaintIds) {
                IndexedText cached = entries.get(id);
                if (cached != null) {
                    found.add(cached);
                } else {
                    missing[missingCount++] = id;
                }
            }
        }
        if (missingCount > 0) {
            List<IndexedText> loaded = loader.load(Arrays.copyOf(missing, missingCount));
            synchronized (this) {
                loaded.forEach(entry -> entries.put(entry.complaintId(), entry));
            }
            found.addAll(loaded);
        }
        found.sort(Comparator.comparingLong(IndexedText::complaintId));
        return found;
    }

    synchronized void remove(long complaintId) {
        entries.remove(complaintId);
    }

    synchronized void clear() {
        entries.clear();
    }

    /** Reads entries that are not cached. */
    @FunctionalInterface
    interface Loader {
        List<IndexedText> load(long[] complaintIds) throws java.sql.SQLException;
    }
}
