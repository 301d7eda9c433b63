package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.Outcome;

import java.time.Instant;

/** A stored clock whose next alert is due, with the ids the alert names and the alerts already sent. */
public record DueClock(long complaintId, String ruleId, int instance, String source, String upstreamId,
                       String opdCode, Instant dueSoonAt, Instant deadline, Instant endedAt, Outcome outcome,
                       SentAlerts sent) {

    /** Returns whether a breach alert is due: none was sent and the deadline passed while running or before the end. */
    public boolean isBreachedAt(Instant now) {
        boolean canBreach = outcome == Outcome.RUNNING || outcome == Outcome.BREACHED;
        return canBreach && deadline != null && sent.breach() == null && deadline.isBefore(now);
    }

    /** Returns whether a due-soon alert is due: the clock runs, no alert was sent and the due-soon time passed. */
    public boolean isDueSoonAt(Instant now) {
        return outcome == Outcome.RUNNING && sent.dueSoon() == null && dueSoonAt != null && !dueSoonAt.isAfter(now);
    }

    /** Returns whether the clock ended after its deadline and that was not noted yet. */
    public boolean hasUnnotedLateEnd() {
        return outcome == Outcome.BREACHED && endedAt != null && sent.lateEnd() == null;
    }

    /** Returns the complaint as {@code source:upstream_id}, the form {@code complaint show} accepts. */
    public String complaintKey() {
        return source + ":" + upstreamId;
    }

    /** Returns when the next alert is due once {@code alerts} are sent, or null when none is left. */
    public Instant nextAlertAt(SentAlerts alerts) {
        return AlertSchedule.nextAlertAt(outcome, dueSoonAt, deadline, endedAt, alerts);
    }
}
