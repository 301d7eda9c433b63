package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.ClockState;
import id.laporbridge.sla.clock.Outcome;

import java.time.Instant;

/** Decides when a clock next needs an alert, given the alerts already sent. */
final class AlertSchedule {

    private AlertSchedule() {
    }

    /**
     * Returns the due-soon time while that alert is unsent and the clock runs, else the deadline while the breach
     * alert is unsent and the clock runs or ended late, else null.
     */
    static Instant nextAlertAt(ClockState clock, Instant dueSoonAlertedAt, Instant breachAlertedAt) {
        boolean canBreach = clock.outcome() == Outcome.RUNNING || clock.outcome() == Outcome.BREACHED;
        if (!canBreach || clock.deadline() == null || breachAlertedAt != null) {
            return null;
        }
        if (clock.isRunning() && dueSoonAlertedAt == null && clock.dueSoonAt() != null) {
            return clock.dueSoonAt();
        }
        return clock.deadline();
    }
}
