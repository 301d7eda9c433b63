package id.laporbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at the system time and then runs {@code factor} times faster, so that a test can replay a
 * long span (an outage of half an hour, a backoff of an hour) in seconds. The bridge and the mock both take it, so
 * that backoff, token lifetimes and upstream times agree; Quartz intervals stay in real time and are divided by the
 * factor in the test's settings instead.
 */
public final class ScaledClock extends Clock {

    private final Instant origin;
    private final long originNanos;
    private final long factor;
    private final ZoneId zone;

    private ScaledClock(Instant origin, long originNanos, long factor, ZoneId zone) {
        this.origin = origin;
        this.originNanos = originNanos;
        this.factor = factor;
        this.zone = zone;
    }

    /** Starts a UTC clock at the system time that runs {@code factor} times faster from now on. */
    public static ScaledClock startingNow(long factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, got " + factor);
        }
        return new ScaledClock(Instant.now(), System.nanoTime(), factor, ZoneOffset.UTC);
    }

    public long factor() {
        return factor;
    }

    /** Converts a span of this clock's time into the real time it takes. */
    public Duration realTime(Duration scaled) {
        return scaled.dividedBy(factor);
    }

    @Override
    public Instant instant() {
        return origin.plusNanos((System.nanoTime() - originNanos) * factor);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ScaledClock(origin, originNanos, factor, other);
    }
}
