package id.laporbridge.deliver;

import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the outbox items that wait out their backoff for an upstream due as soon as that upstream's polls succeed
 * again after it was unhealthy. Without this, an item that failed throughout a 30-minute outage waits for its next
 * backoff step, up to an hour with the default backoff, after the upstream is back. A source's name is also its
 * outbox destination ({@code sp4n}, {@code lapor-bantul}).
 */
public final class RetryOnRecovery implements SourceHealth.RecoveryListener {

    private static final Logger LOG = LoggerFactory.getLogger(RetryOnRecovery.class);

    private final OutboxStore outbox;

    public RetryOnRecovery(OutboxStore outbox) {
        this.outbox = outbox;
    }

    @Override
    public void recovered(String source) {
        try {
            int items = outbox.retryWaitingNow(source);
            LOG.info("Deliveries due now, upstream healthy again destination={} items={}", source, items);
        } catch (StoreException e) {
            LOG.warn("Deliveries keep their backoff, the store update failed destination={} reason=\"{}\"", source,
                    e.getMessage());
        }
    }
}
