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
        JobKey job = jobKey(trigger);
        try {
            Scheduler scheduler = scheduler(exchange);
            if (notScheduled(scheduler, job)) {
                return;
            }
            scheduler.triggerJob(job);
        } catch (SchedulerException e) {
            // The regular trigger still runs the delivery at its interval.
            LOG.warn("Delivery wake-up failed job={}; delivery waits for its next interval", job, e);
        }
    }

    /**
     * Fires the job as {@link #wake} does unless it is running now, for a poll that wakes the delivery after each
     * page. A running delivery claims again until nothing is due, so it takes the page's items without a second
     * fire waiting behind it. A delivery that is about to end may miss the page's items; the wake-up at the end of
     * the poll covers them.
     */
    public void wakeIfIdle(String trigger, Exchange exchange) {
        JobKey job = jobKey(trigger);
        try {
            Scheduler scheduler = scheduler(exchange);
            if (notScheduled(scheduler, job)) {
                return;
            }
            boolean running = scheduler.getCurrentlyExecutingJobs().stream()
                    .anyMatch(context -> context.getJobDetail().getKey().equals(job));
            if (!running) {
                scheduler.triggerJob(job);
            }
        } catch (SchedulerException e) {
            LOG.warn("Delivery wake-up failed job={}; delivery waits for the poll's end or its next interval", job,
                    e);
        }
    }

    private static boolean notScheduled(Scheduler scheduler, JobKey job) throws SchedulerException {
        if (scheduler.checkExists(job)) {
            return false;
        }
        LOG.debug("Delivery wake-up skipped job={}: the delivery flow is not scheduled here", job);
        return true;
    }

    private static JobKey jobKey(String trigger) {
        int slash = trigger.indexOf('/');
        return JobKey.jobKey(trigger.substring(slash + 1), trigger.substring(0, slash));
    }

    private static Scheduler scheduler(Exchange exchange) {
        return exchange.getContext().getComponent("quartz", QuartzComponent.class).getScheduler();
    }
}
