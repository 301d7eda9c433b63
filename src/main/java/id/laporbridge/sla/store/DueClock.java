package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.Outcome;

import java.time.Instant;

/** A stored clock whose next alert is due, with the ids the alert names. */
public record DueClock(long complaintId, String ruleId, int instance, String source, String upstreamId,
                       String opdCode, Instant dueSoonAt, Instant deadline, Instant endedAt, Outcome outcome,
                       Instant dueSoonAlertedAt, Instant breachAlertedAt) {

    /** Returns whether a breach alert is due: no alert was sent and the deadline passed while running or before the end. */
    public boolean isBreachedAt(Instant now) {
        boolean canBreach = outcome == Outcome.RUNNING || outcome == Outcome.BREACHED;
        return canBreach && deadline != null && breachAlertedAt == null && deadline.isBefore(now);
    }

    /** Returns whether a due-soon alert is due: the clock runs, no alert was sent and the due-soon time passed. */
    public boolean isDueSoonAt(Instant now) {
        return outcome == Outcome.RUNNING && dueSoonAlertedAt == null && dueSoonAt != null && !dueSoonAt.isAfter(now);
    }
}
