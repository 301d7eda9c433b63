package id.laporbridge.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One upstream listing held as pre-rendered JSON records, sorted by update time (whole seconds) and then by
 * numeric id, as both upstream contracts order their listings. A page is the records from the first with an
 * update time at or after {@code since}, so a request costs a binary search and a byte copy.
 */
final class SortedListing {

    /** One record: its sort key and its JSON bytes. */
    record Entry(long updatedEpochSecond, long id, byte[] json) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Entry> byId = new HashMap<>();

    synchronized void put(long id, long updatedEpochSecond, byte[] json) {
        Entry old = byId.get(id);
        if (old != null) {
            entries.remove(indexOf(old.updatedEpochSecond(), old.id()));
        }
        Entry entry = new Entry(updatedEpochSecond, id, json);
        int at = indexOf(updatedEpochSecond, id);
        entries.add(at < 0 ? -at - 1 : at, entry);
        byId.put(id, entry);
    }

    synchronized byte[] json(long id) {
        Entry entry = byId.get(id);
        return entry == null ? null : entry.json();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
        byId.clear();
    }

    /**
     * Writes the records of one page as a JSON array into {@code out} and returns how many records match
     * {@code since} in all; {@code page} counts from 1.
     */
    synchronized int writePage(long sinceEpochSecond, int page, int limit, ByteArrayOutputStream out) {
        int first = indexOf(sinceEpochSecond, Long.MIN_VALUE);
        first = first < 0 ? -first - 1 : first;
        int total = entries.size() - first;
        int from = first + (page - 1) * limit;
        int to = Math.min(entries.size(), from + limit);
        out.write('[');
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.write(',');
            }
            out.writeBytes(entries.get(i).json());
        }
        out.write(']');
        return total;
    }

    private int indexOf(long updatedEpochSecond, long id) {
        return Collections.binarySearch(entries, new Entry(updatedEpochSecond, id, null), (a, b) -> {
            int byTime = Long.compare(a.updatedEpochSecond(), b.updatedEpochSecond());
            return byTime != 0 ? byTime : Long.compare(a.id(), b.id());
        });
    }
}
