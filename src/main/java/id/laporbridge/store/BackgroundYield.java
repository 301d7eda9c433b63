package id.laporbridge.store;

import java.time.Duration;

/**
 * Lets one background flow (duplicate check, SLA check) give way while the sync is busy, so that a backfill does
 * not share the CPU and the store with work that can wait. A flow that has not run for {@code maxWait} runs at its
 * next trigger, busy or not. A {@code maxWait} of zero never waits.
 */
public final class BackgroundYield {

    private final SyncActivity activity;
    private final long maxWaitNanos;
    private volatile long lastRunNanos = System.nanoTime();

    public BackgroundYield(SyncActivity activity, Duration maxWait) {
        this.activity = activity;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Returns a yield that never waits, for callers without a running sync. */
    public static BackgroundYield never() {
        return new BackgroundYield(new SyncActivity(), Duration.ZERO);
    }

    /** Returns true when the flow should skip its run now; otherwise counts a run as started. */
    public boolean shouldWait() {
        long now = System.nanoTime();
        if (maxWaitNanos > 0 && activity.busy() && now - lastRunNanos < maxWaitNanos) {
            return true;
        }
        lastRunNanos = now;
        return false;
    }
}
