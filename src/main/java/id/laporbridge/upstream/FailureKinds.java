package id.laporbridge.upstream;

import id.laporbridge.store.StoreException;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place that decides which failures are worth retrying: I/O errors, HTTP 408, 429 and 5xx, and error
 * replies the upstream marks as transient. Bad credentials, other 4xx and records that fail validation are
 * permanent. It also reads how long the upstream asked the bridge to wait (Retry-After).
 */
public final class FailureKinds {

    private FailureKinds() {
    }

    public static boolean isTransientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamCallFailed call) {
                return call.isTransient();
            }
            if (cause instanceof IOException) {
                return true;
            }
            if (cause instanceof StoreException) {
                // The local store failed (a lock timeout, a race with a poll): the next attempt runs on a new
                // transaction, so the item is tried again rather than given up.
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the wait that the upstream requested with a Retry-After header in seconds, when the failure carries a
     * positive one.
     */
    public static Optional<Duration> retryAfter(Throwable failure) {
        UpstreamCallFailed call = callFailure(failure);
        if (call == null || call.retryAfterSeconds() == null || call.retryAfterSeconds() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(call.retryAfterSeconds()));
    }

    /** Returns the first {@link UpstreamCallFailed} in the cause chain, or null. */
    public static UpstreamCallFailed callFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamCallFailed call) {
                return call;
            }
        }
        return null;
    }
}
