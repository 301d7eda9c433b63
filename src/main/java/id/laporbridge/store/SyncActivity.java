package id.laporbridge.store;

import java.time.Duration;

/**
 * When the sync last moved records: a listing page that stored new or changed records, or an outbox claim that
 * returned items. Background flows read it to give way to a backfill, see {@link BackgroundYield}.
 */
public final class SyncActivity {

    /** The sync counts as busy for this long after its last page or claim; a poll or claim takes well under it. */
    static final Duration BUSY_WINDOW = Duration.ofSeconds(5);

    private volatile long lastActiveNanos;
    private volatile boolean active;

    /** Records that records were stored or claimed now. */
    public void recordActivity() {
        lastActiveNanos = System.nanoTime();
        active = true;
    }

    /** Returns whether records were stored or claimed within the last {@link #BUSY_WINDOW}. */
    public boolean busy() {
        return active && System.nanoTime() - lastActiveNanos < BUSY_WINDOW.toNanos();
    }
}
