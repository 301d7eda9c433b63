package id.laporbridge.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** Reads the SLA clocks that count in a period, see {@link ClockRow}. */
final class ClockReader {

    private static final String CLOCKS = "SELECT k.rule_id, k.opd_code, k.started_at, k.deadline, k.ended_at, "
            + "k.outcome, c.source, c.upstream_id, c.org_code FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
            + "WHERE (k.outcome IN ('met', 'breached') AND k.ended_at >= ? AND k.ended_at < ?) "
            + "OR (k.outcome = 'running' AND k.deadline >= ? AND k.deadline < ?) "
            + "ORDER BY k.complaint_id, k.rule_id, k.instance";

    private final BinaryOperator<String> opdCodeOf;

    ClockReader(BinaryOperator<String> opdCodeOf) {
        this.opdCodeOf = opdCodeOf;
    }

    /** Returns the clocks of the period; a running clock counts only when its deadline is before {@code now}. */
    List<ClockRow> read(Connection connection, ReportPeriod period, Instant now) throws SQLException {
        Instant overdueBefore = now.isBefore(period.end()) ? now : period.end();
        List<ClockRow> clocks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CLOCKS)) {
            StoreRows.bind(query, 1, period.start());
            StoreRows.bind(query, 2, period.end());
            StoreRows.bind(query, 3, period.start());
            StoreRows.bind(query, 4, overdueBefore);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    clocks.add(clock(row));
                }
            }
        }
        return clocks;
    }

    private ClockRow clock(ResultSet row) throws SQLException {
        String source = row.getString("source");
        String opdCode = row.getString("opd_code");
        if (opdCode == null) {
            opdCode = opdCodeOf.apply(source, row.getString("org_code"));
        }
        String outcome = row.getString("outcome");
        return new ClockRow(row.getString("rule_id"), opdCode, StoreRows.instant(row, "started_at"),
                StoreRows.instant(row, "deadline"), StoreRows.instant(row, "ended_at"), !"met".equals(outcome),
                source, row.getString("upstream_id"));
    }
}
