package id.laporbridge.deliver;

import org.apache.camel.Exchange;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a delivery flow now instead of at its next Quartz fire, so that what a poll queued crosses the bridge
 * within the poll interval rather than the poll interval plus the outbox interval. The flows' Quartz jobs are
 * stateful, so a wake-up during a running delivery waits for it to end and never runs beside it.
 */
public final class DeliveryWakeUp {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWakeUp.class);

    /**
     * Fires the Quartz job of {@code trigger}, written as in the flow's URI ({@code group/name}), once now. Does
     * nothing when the delivery flow is not loaded in this Camel context, as in {@code check-endpoints}, which runs
     * the poll flows alone.
     */
    public void wake(String trigger, Exchange exchange) {
        int slash = trigger.indexOf('/');
        JobKey job = JobKey.jobKey(trigger.substring(slash + 1), trigger.substring(0, slash));
        try {
            Scheduler scheduler = exchange.getContext().getComponent("quartz", QuartzComponent.class).getScheduler();
            if (!scheduler.checkExists(job)) {
                LOG.debug("Delivery wake-up skipped job={}: the delivery flow is not scheduled here", job);
                return;
            }
            scheduler.triggerJob(job);
        } catch (SchedulerException e) {
            // The regular trigger still runs the delivery at its interval.
            LOG.warn("Delivery wake-up failed job={}; delivery waits for its next interval", job, e);
        }
    }
}
