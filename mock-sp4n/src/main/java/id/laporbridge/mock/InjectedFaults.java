package id.laporbridge.mock;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Failures that a test queues for the next calls to one path, so that a client's retries can be
 * exercised. Thread-safe. A fault fails one call and is then used up.
 */
final class InjectedFaults {

    /** Seconds sent in {@code Retry-After} with an injected 429, the contract's rate-limit response. */
    static final int RETRY_AFTER_SECONDS = 1;

    private record Fault(String path, int status, boolean applyCall) {
    }

    private final List<Fault> queued = new ArrayList<>();

    /**
     * Queues {@code times} failures for calls to {@code path}. When {@code applyCall} is true the
     * mock still carries out each call and only then responds with the failure, as a server does
     * when its reply is lost.
     */
    synchronized void add(String path, int status, int times, boolean applyCall) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected failure needs a 4xx or 5xx status, got " + status);
        }
        for (int i = 0; i < times; i++) {
            queued.add(new Fault(path, status, applyCall));
        }
    }

    /** Returns the next fault queued for the path as the reply, or the handler's reply when none is queued. */
    Reply apply(String path, Supplier<Reply> handler) {
        Fault fault = take(path);
        if (fault == null) {
            return handler.get();
        }
        if (fault.applyCall()) {
            handler.get();
        }
        return failure(fault.status());
    }

    private synchronized Fault take(String path) {
        Iterator<Fault> faults = queued.iterator();
        while (faults.hasNext()) {
            Fault fault = faults.next();
            if (fault.path().equals(path)) {
                faults.remove();
                return fault;
            }
        }
        return null;
    }

    private static Reply failure(int status) {
        Reply error = Reply.sp4nError(status, "injected failure with HTTP " + status);
        if (status == 429) {
            return new Reply(status, error.body(), Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
        }
        return error;
    }
}
