package id.laporbridge.deliver;

import id.laporbridge.store.OutboxItem;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.upstream.FailureKinds;
import id.laporbridge.upstream.UpstreamCallFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records a failed delivery on its outbox item: a transient failure waits the stepped backoff (with up to 20 %
 * jitter, or the upstream's Retry-After when longer) and is tried again; a permanent failure, or the last allowed
 * attempt, makes the item a dead letter with its reason kept.
 */
public final class DeliveryFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFailures.class);

    private final OutboxStore outbox;
    private final List<Integer> backoffSeconds;
    private final int maxAttempts;
    private final Clock clock;

    public DeliveryFailures(OutboxStore outbox, List<Integer> backoffSeconds, int maxAttempts, Clock clock) {
        this.outbox = outbox;
        this.backoffSeconds = List.copyOf(backoffSeconds);
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    public void record(OutboxItem item, Throwable failure) {
        UpstreamCallFailed call = FailureKinds.callFailure(failure);
        Integer status = call == null ? null : call.status();
        String path = call == null ? null : call.path();
        String reason = call == null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : call.reason();
        boolean retry = FailureKinds.isTransient(failure) && item.attempt() < maxAttempts;
        if (!retry) {
            outbox.markFailed(item.id(), status, path, reason, null);
            LOG.error("Delivery gave up, item is a dead letter outboxId={} action={} subject={} attempt={} of {} "
                    + "status={} reason=\"{}\"", item.id(), item.action(), item.subjectId(), item.attempt(),
                    maxAttempts, status, reason);
            return;
        }
        Duration delay = delay(item.attempt(), call == null ? null : call.retryAfterSeconds());
        Instant next = clock.instant().plus(delay);
        outbox.markFailed(item.id(), status, path, reason, next);
        LOG.warn("Delivery failed, will retry outboxId={} action={} subject={} attempt={} of {} delayMs={} "
                + "status={} reason=\"{}\"", item.id(), item.action(), item.subjectId(), item.attempt(),
                maxAttempts, delay.toMillis(), status, reason);
    }

    Duration delay(int attempt, Integer retryAfterSeconds) {
        int step = backoffSeconds.get(Math.min(attempt, backoffSeconds.size()) - 1);
        long base = step * 1000L;
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 5 + 1);
        long millis = base + jitter;
        if (retryAfterSeconds != null) {
            millis = Math.max(millis, retryAfterSeconds * 1000L);
        }
        return Duration.ofMillis(millis);
    }
}
