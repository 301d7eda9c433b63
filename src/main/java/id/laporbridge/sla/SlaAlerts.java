package id.laporbridge.sla;

import id.laporbridge.sla.rules.SlaRules;
import id.laporbridge.sla.rules.StepRule;
import id.laporbridge.sla.store.DueClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Writes due-soon and breach alerts to the {@code lapor-bridge.sla} log, with times in the calendar's zone. */
final class SlaAlerts {

    private final SlaRules rules;
    private final ZoneId zone;

    SlaAlerts(SlaRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    void breached(DueClock clock, Instant now) {
        Instant lateAt = clock.endedAt() != null ? clock.endedAt() : now;
        SlaLog.LOG.warn("SLA deadline breached: complaint_id={} source={} upstream_id={} opd={} rule={} step={} "
                        + "deadline={} minutes_late={} outcome={}",
                clock.complaintId(), clock.source(), clock.upstreamId(), clock.opdCode(), clock.ruleId(),
                step(clock), local(clock.deadline()), Duration.between(clock.deadline(), lateAt).toMinutes(),
                clock.outcome().dbValue());
    }

    void dueSoon(DueClock clock, Instant now) {
        SlaLog.LOG.info("SLA deadline due soon: complaint_id={} source={} upstream_id={} opd={} rule={} step={} "
                        + "deadline={} minutes_left={}",
                clock.complaintId(), clock.source(), clock.upstreamId(), clock.opdCode(), clock.ruleId(),
                step(clock), local(clock.deadline()), Duration.between(now, clock.deadline()).toMinutes());
    }

    private String step(DueClock clock) {
        return rules.rule(clock.ruleId()).map(StepRule::step).map(String::valueOf).orElse("-");
    }

    private String local(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
