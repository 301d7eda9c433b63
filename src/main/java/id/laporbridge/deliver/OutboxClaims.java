package id.laporbridge.deliver;

import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.SyncActivity;

import java.time.Duration;
import java.util.List;

/** Claims the due outbox items of one destination and action; the delivery routes split over the result. */
public final class OutboxClaims {

    /** Exchange property that holds the {@link OutboxItem} being delivered. */
    public static final String ITEM = "outboxItem";

    private final OutboxStore outbox;
    private final int batchSize;
    private final Duration lease;
    private final SyncActivity activity;

    /** {@code activity} learns of every claim that returned items. */
    public OutboxClaims(OutboxStore outbox, int batchSize, Duration lease, SyncActivity activity) {
        this.outbox = outbox;
        this.batchSize = batchSize;
        this.lease = lease;
        this.activity = activity;
    }

    public List<OutboxItem> claim(String destination, String action) {
        List<OutboxItem> claimed = outbox.claimDue(destination, action, batchSize, lease);
        if (!claimed.isEmpty()) {
            activity.recordActivity();
        }
        return claimed;
    }
}
