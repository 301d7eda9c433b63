package id.laporbridge.mock;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Failures that a test queues for the next calls to one path, so that a client's retries can be exercised.
 * Thread-safe. Each queued fault fails a number of calls and is then used up; {@link #UNTIL_CLEARED} keeps it
 * until {@link #clear} removes it.
 */
final class InjectedFaults {

    /** A count of calls that never runs out. */
    static final int UNTIL_CLEARED = Integer.MAX_VALUE;

    private static final class Queued {
        private final String path;
        private final MockFault fault;
        private int remaining;

        private Queued(String path, MockFault fault, int remaining) {
            this.path = path;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Queued> queued = new ArrayList<>();

    /** Queues {@code fault} for the next {@code times} calls to {@code path}. */
    synchronized void add(String path, MockFault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + times);
        }
        queued.add(new Queued(path, fault, times));
    }

    /** Removes every fault queued for {@code path}; a null path removes all. */
    synchronized void clear(String path) {
        queued.removeIf(entry -> path == null || entry.path.equals(path));
    }

    /** Returns the next fault queued for the path applied to the handler, or the handler's reply when none is. */
    Reply apply(String path, Supplier<Reply> handler) {
        MockFault fault = take(path);
        return fault == null ? handler.get() : fault.respond(handler);
    }

    private synchronized MockFault take(String path) {
        Iterator<Queued> entries = queued.iterator();
        while (entries.hasNext()) {
            Queued entry = entries.next();
            if (entry.path.equals(path)) {
                if (entry.remaining != UNTIL_CLEARED && --entry.remaining == 0) {
                    entries.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }
}
