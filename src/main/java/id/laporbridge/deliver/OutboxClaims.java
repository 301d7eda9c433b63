package id.laporbridge.deliver;

import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;

import java.time.Duration;
import java.util.List;

/** Claims the due outbox items of one destination and action; the delivery routes split over the result. */
public final class OutboxClaims {

    /** Exchange property that holds the {@link OutboxItem} being delivered. */
    public static final String ITEM = "outboxItem";

    private final OutboxStore outbox;
    private final int batchSize;
    private final Duration lease;

    public OutboxClaims(OutboxStore outbox, int batchSize, Duration lease) {
        this.outbox = outbox;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public List<OutboxItem> claim(String destination, String action) {
        return outbox.claimDue(destination, action, batchSize, lease);
    }
}
