package id.laporbridge.upstream;

import id.laporbridge.deliver.DeliveryFailures;
import id.laporbridge.deliver.OutboxClaims;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.fetch.PollMetrics;
import id.laporbridge.fetch.PollPauses;
import id.laporbridge.fetch.PollState;
import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.store.OutboxItem;
import io.micrometer.core.instrument.Metrics;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the shared error handling calls for every failure a flow does not handle itself. A failed delivery is
 * recorded on its outbox item. A failed poll leaves its cursor where the last stored page put it, so the next poll
 * reads the rest again, and a Retry-After in its reply pauses the source's polls for that time.
 */
public final class FailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    private final DeliveryFailures deliveryFailures;
    private final SourceHealth sourceHealth;
    private final PollPauses pollPauses;

    public FailureHandler(DeliveryFailures deliveryFailures, SourceHealth sourceHealth, PollPauses pollPauses) {
        this.deliveryFailures = deliveryFailures;
        this.sourceHealth = sourceHealth;
        this.pollPauses = pollPauses;
    }

    public void handle(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String routeId = exchange.getFromRouteId();
        OutboxItem item = exchange.getProperty(OutboxClaims.ITEM, OutboxItem.class);
        PollState poll = exchange.getProperty(ListingPoll.STATE, PollState.class);
        countError(item, poll, failure);
        if (item != null) {
            deliveryFailures.record(item, failure);
        } else if (poll != null) {
            LOG.warn("Poll failed, the next poll resumes from the cursor route={} listing={} page={} transient={} "
                    + "reason=\"{}\"", routeId, poll.getListing(), poll.getPage(), FailureKinds.isTransient(failure),
                    describe(failure));
            sourceHealth.pollFailed(poll.getSource());
            PollMetrics.pollFailed(poll.getSource());
            FailureKinds.retryAfter(failure).ifPresent(delay -> pollPauses.pause(poll.getSource(),
                    poll.getListing(), delay, sourceHealth.consecutiveFailures(poll.getSource()), describe(failure)));
        } else {
            LOG.warn("Flow failed route={} transient={} reason=\"{}\"", routeId, FailureKinds.isTransient(failure),
                    describe(failure));
        }
    }

    private static void countError(OutboxItem item, PollState poll, Throwable failure) {
        String stage = "flow";
        if (item != null) {
            stage = "delivery";
        } else if (poll != null) {
            stage = "poll";
        }
        String kind = FailureKinds.isTransient(failure) ? "transient" : "permanent";
        Metrics.counter("lapor_bridge_errors", "stage", stage, "kind", kind).increment();
    }

    static String describe(Throwable failure) {
        UpstreamCallFailed call = FailureKinds.callFailure(failure);
        if (call != null) {
            return "status " + call.status() + " on " + call.path() + ": " + call.reason();
        }
        if (failure == null) {
            return "unknown";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage() + sqlCause(failure);
    }

    /** Names the SQL error code and state of a store failure; the message is left out as it may quote values. */
    private static String sqlCause(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return " (" + sql.getClass().getSimpleName() + " errorCode=" + sql.getErrorCode() + " sqlState="
                        + sql.getSQLState() + ")";
            }
        }
        return "";
    }
}
