package id.laporbridge.report;

import id.laporbridge.config.BridgeConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Reads the complaints received in a period. An SP4N-LAPOR! complaint is read with the aduan mirrored from it; a
 * mirrored aduan is never read on its own, whatever its own date.
 */
final class ComplaintUnitReader {

    private static final String SP4N = "SELECT c.id, c.upstream_id, c.upstream_created_at, c.stage, c.category_code, "
            + "c.org_code, m.id AS mirror_id, m.stage AS mirror_stage FROM complaint c "
            + "LEFT JOIN complaint_link l ON l.sp4n_tracking_id = c.upstream_id "
            + "LEFT JOIN complaint m ON m.source = 'lapor-bantul' AND m.upstream_id = l.lapor_bantul_id "
            + "WHERE c.source = 'sp4n' AND c.upstream_created_at >= ? AND c.upstream_created_at < ?";
    private static final String LAPOR_BANTUL = "SELECT c.id, c.upstream_id, c.upstream_created_at, c.stage, "
            + "c.category_code, c.org_code FROM complaint c WHERE c.source = 'lapor-bantul' "
            + "AND c.upstream_created_at >= ? AND c.upstream_created_at < ? "
            + "AND NOT EXISTS (SELECT 1 FROM complaint_link l WHERE l.lapor_bantul_id = c.upstream_id)";

    /** Resolves a complaint's source and org_code to its Lapor Bantul OPD kode. */
    private final BinaryOperator<String> opdCodeOf;

    ComplaintUnitReader(BinaryOperator<String> opdCodeOf) {
        this.opdCodeOf = opdCodeOf;
    }

    List<ComplaintUnit> read(Connection connection, ReportPeriod period) throws SQLException {
        List<ComplaintUnit> units = new ArrayList<>();
        readRows(connection, SP4N, period, units, BridgeConfig.SP4N);
        readRows(connection, LAPOR_BANTUL, period, units, BridgeConfig.LAPOR_BANTUL);
        return units;
    }

    private void readRows(Connection connection, String sql, ReportPeriod period, List<ComplaintUnit> units,
                          String source) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            StoreRows.bind(query, 1, period.start());
            StoreRows.bind(query, 2, period.end());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    units.add(unit(row, source));
                }
            }
        }
    }

    private ComplaintUnit unit(ResultSet row, String source) throws SQLException {
        Disposition disposition = Disposition.ofStage(row.getString("stage"));
        Long mirrorId = null;
        if (BridgeConfig.SP4N.equals(source)) {
            mirrorId = StoreRows.nullableLong(row, "mirror_id");
            if (mirrorId != null) {
                disposition = disposition.combine(Disposition.ofStage(row.getString("mirror_stage")));
            }
        }
        return new ComplaintUnit(row.getLong("id"), mirrorId, row.getString("upstream_id"), source,
                StoreRows.instant(row, "upstream_created_at"), opdCodeOf.apply(source, row.getString("org_code")),
                row.getString("category_code"), disposition);
    }
}
