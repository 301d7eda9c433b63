package id.laporbridge.sla.clock;

import id.laporbridge.sla.calendar.WorkingTime;
import id.laporbridge.sla.rules.ClockKind;
import id.laporbridge.sla.rules.StepRule;

import java.time.Duration;
import java.time.Instant;

/** Computes the deadline and due-soon time of a clock that starts at a given instant. */
final class Deadlines {

    private final WorkingTime workingTime;
    private final double dueSoonShare;

    Deadlines(WorkingTime workingTime, double dueSoonShare) {
        this.workingTime = workingTime;
        this.dueSoonShare = dueSoonShare;
    }

    ClockState start(StepRule rule, int instance, Instant at) {
        Instant deadline = deadline(rule, at);
        return new ClockState(rule.id(), instance, at, dueSoon(rule, at, deadline), deadline, null, Outcome.RUNNING);
    }

    private Instant deadline(StepRule rule, Instant at) {
        return switch (rule.clock()) {
            case WORKING_MINUTES -> workingTime.addWorkingMinutes(at, rule.budget());
            case CALENDAR_MINUTES -> at.plus(Duration.ofMinutes(rule.budget()));
            case WORKING_DAYS -> workingTime.addWorkingDays(at, Math.toIntExact(rule.budget()));
        };
    }

    /** Places the due-soon time at the configured share of the working or wall-clock time up to the deadline. */
    private Instant dueSoon(StepRule rule, Instant at, Instant deadline) {
        if (rule.clock() == ClockKind.CALENDAR_MINUTES) {
            return at.plus(share(Duration.between(at, deadline)));
        }
        return workingTime.addWorkingTime(at, share(workingTime.workingTimeBetween(at, deadline)));
    }

    private Duration share(Duration whole) {
        return Duration.ofSeconds(Math.round(whole.toSeconds() * dueSoonShare));
    }
}
