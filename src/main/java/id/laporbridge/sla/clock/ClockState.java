package id.laporbridge.sla.clock;

import java.time.Instant;

/**
 * One clock of a complaint. A step skipped before it started has no start, due-soon time or deadline.
 *
 * @param instance   counts the clocks of one rule on one complaint from 0, e.g. one per round after routing
 * @param dueSoonAt  when the due-soon share of the budget is used
 */
public record ClockState(String ruleId, int instance, Instant startedAt, Instant dueSoonAt, Instant deadline,
                         Instant endedAt, Outcome outcome) {

    public static ClockState skippedUnstarted(String ruleId, int instance, Instant at) {
        return new ClockState(ruleId, instance, null, null, null, at, Outcome.SKIPPED);
    }

    public boolean isRunning() {
        return outcome == Outcome.RUNNING;
    }

    /** Ends a running clock at {@code at}: met when on or before the deadline, breached after it. */
    public ClockState end(Instant at) {
        return finish(at, at.isAfter(deadline) ? Outcome.BREACHED : Outcome.MET);
    }

    /** Stops a running clock without a verdict at {@code at}, unless it was already past its deadline. */
    public ClockState cancel(Instant at) {
        return finish(at, at.isAfter(deadline) ? Outcome.BREACHED : Outcome.SKIPPED);
    }

    private ClockState finish(Instant at, Outcome result) {
        return new ClockState(ruleId, instance, startedAt, dueSoonAt, deadline, at, result);
    }
}
