package id.laporbridge.sla.rules;

import java.util.List;

/**
 * One clock of a procedure: its budget, how it counts, and which triggers start, end or cancel it.
 *
 * @param id          the rule id stored with each clock and named in alerts
 * @param step        the SOP step number, or null for a rule that is not an SOP step
 * @param budget      minutes for minute clocks, days for {@link ClockKind#WORKING_DAYS}
 * @param repeat      whether a start trigger after the clock ended starts a new clock of the same rule
 * @param restartWhileRunning whether a start trigger while the clock runs replaces it with a new clock
 */
public record StepRule(String id, Integer step, ClockKind clock, long budget, List<Trigger> startOn,
                       List<Trigger> endOn, List<Trigger> cancelOn, boolean repeat, boolean restartWhileRunning) {

    public StepRule {
        startOn = List.copyOf(startOn);
        endOn = List.copyOf(endOn);
        cancelOn = List.copyOf(cancelOn);
    }
}
