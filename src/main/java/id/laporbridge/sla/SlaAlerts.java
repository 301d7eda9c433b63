package id.laporbridge.sla;

import id.laporbridge.sla.rules.SlaRules;
import id.laporbridge.sla.rules.StepRule;
import id.laporbridge.sla.store.DueClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Writes the alerts of the {@code lapor-bridge.sla} log. Every line names its subject and outcome, then the same
 * keys: {@code complaint} (source:upstream id), {@code opd}, {@code step} (the SOP step, {@code -} for other rules),
 * {@code rule}, {@code due} (the deadline in the calendar's zone) and {@code overdue_min}, which is negative while
 * the deadline is ahead. No line carries complaint text or the reporter's identity.
 */
final class SlaAlerts {

    private static final String KEYS = "complaint={} opd={} step={} rule={} due={} overdue_min={}";

    private final SlaRules rules;
    private final ZoneId zone;

    SlaAlerts(SlaRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    /** Logs a WARN: the deadline passed while the clock ran, or before it ended. */
    void breached(DueClock clock, Instant now) {
        Instant lateAt = clock.endedAt() != null ? clock.endedAt() : now;
        SlaLog.LOG.warn("SLA step breached: " + KEYS, keys(clock, lateAt));
    }

    /** Logs an INFO: the due-soon share of the budget is used. */
    void dueSoon(DueClock clock, Instant now) {
        SlaLog.LOG.info("SLA step due soon: " + KEYS, keys(clock, now));
    }

    /** Logs an INFO: the step ended after its deadline. */
    void finishedLate(DueClock clock) {
        SlaLog.LOG.info("SLA step finished late: " + KEYS, keys(clock, clock.endedAt()));
    }

    private Object[] keys(DueClock clock, Instant at) {
        return new Object[] {clock.complaintKey(), orDash(clock.opdCode()), step(clock), clock.ruleId(),
            clock.deadline().atZone(zone).toOffsetDateTime(), Duration.between(clock.deadline(), at).toMinutes()};
    }

    private String step(DueClock clock) {
        return rules.rule(clock.ruleId()).map(StepRule::step).map(String::valueOf).orElse("-");
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
