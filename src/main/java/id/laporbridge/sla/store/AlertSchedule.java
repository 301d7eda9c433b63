package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.Outcome;

import java.time.Instant;

/** Decides when a clock next needs an alert, given the alerts already sent. */
final class AlertSchedule {

    private AlertSchedule() {
    }

    /**
     * Returns when the next unsent alert of a clock is due, or null when none is left. A running clock first gets
     * its due-soon warning, then its breach alert at the deadline. A clock that ended late gets its breach alert at
     * the deadline when none was sent while it ran, then the late-end note at its end.
     */
    static Instant nextAlertAt(Outcome outcome, Instant dueSoonAt, Instant deadline, Instant endedAt,
                               SentAlerts sent) {
        if (deadline == null) {
            return null;
        }
        if (outcome == Outcome.RUNNING) {
            return runningAlertAt(dueSoonAt, deadline, sent);
        }
        if (outcome != Outcome.BREACHED) {
            return null;
        }
        if (sent.breach() == null) {
            return deadline;
        }
        return sent.lateEnd() == null ? endedAt : null;
    }

    private static Instant runningAlertAt(Instant dueSoonAt, Instant deadline, SentAlerts sent) {
        if (sent.breach() != null) {
            return null;
        }
        return sent.dueSoon() == null && dueSoonAt != null ? dueSoonAt : deadline;
    }
}
