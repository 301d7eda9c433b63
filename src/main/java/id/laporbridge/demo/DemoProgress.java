package id.laporbridge.demo;

import id.laporbridge.mock.MockUpstreams;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waits, by polling the mock's state, until what the bridge should have synced is there. */
final class DemoProgress {

    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private final MockUpstreams mock;
    private final Duration timeout;

    DemoProgress(MockUpstreams mock, Duration timeout) {
        this.mock = mock;
        this.timeout = timeout;
    }

    void awaitMirrored(Collection<String> trackingIds) throws TimeoutException, InterruptedException {
        await("every SP4N-LAPOR! complaint mirrored into Lapor Bantul", () -> trackingIds.stream()
                .allMatch(id -> mock.laporBantul().aduanByRefSp4n(id).isPresent()));
    }

    void awaitFollowups(Collection<String> trackingIds) throws TimeoutException, InterruptedException {
        await("every OPD answer posted as an SP4N-LAPOR! follow-up", () -> trackingIds.stream()
                .allMatch(id -> !mock.sp4n().followups(id).isEmpty()));
    }

    private void await(String goal, BooleanSupplier done) throws TimeoutException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("Demo timed out after " + timeout.toSeconds() + " s waiting for " + goal);
            }
            Thread.sleep(CHECK_EVERY.toMillis());
        }
    }
}
