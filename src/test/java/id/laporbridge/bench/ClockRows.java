package id.laporbridge.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Batched inserts of two SLA clocks per complaint, a met step 1 and a running step 2, for {@link SlaBenchmark}. */
final class ClockRows {

    static final String INSERT = "INSERT INTO sla_clock (complaint_id, rule_id, instance, opd_code, started_at, "
            + "due_soon_at, deadline, ended_at, outcome, next_alert_at) VALUES (?, ?, 0, '12500', ?, ?, ?, ?, ?, ?)";

    private ClockRows() {
    }

    /** Adds the two clocks. Step 2 is past its deadline when {@code due}, else due a week after {@code now}. */
    static void add(PreparedStatement insert, long complaintId, boolean due, Instant filedAt, Instant now)
            throws SQLException {
        Instant stepOneDeadline = filedAt.plus(Duration.ofMinutes(10));
        bind(insert, complaintId, "sop-1-file", filedAt, null, stepOneDeadline, stepOneDeadline, "met", null);
        Instant deadline = due ? now.minus(Duration.ofHours(1)) : now.plus(Duration.ofDays(7));
        Instant dueSoonAt = deadline.minus(Duration.ofMinutes(12));
        bind(insert, complaintId, "sop-2-receive", filedAt, dueSoonAt, deadline, null, "running", dueSoonAt);
    }

    private static void bind(PreparedStatement insert, long complaintId, String ruleId, Instant startedAt,
                             Instant dueSoonAt, Instant deadline, Instant endedAt, String outcome, Instant nextAlertAt)
            throws SQLException {
        insert.setLong(1, complaintId);
        insert.setString(2, ruleId);
        insert.setObject(3, SlaBenchmark.utc(startedAt));
        insert.setObject(4, dueSoonAt == null ? null : SlaBenchmark.utc(dueSoonAt));
        insert.setObject(5, SlaBenchmark.utc(deadline));
        insert.setObject(6, endedAt == null ? null : SlaBenchmark.utc(endedAt));
        insert.setString(7, outcome);
        insert.setObject(8, nextAlertAt == null ? null : SlaBenchmark.utc(nextAlertAt));
        insert.addBatch();
    }
}
