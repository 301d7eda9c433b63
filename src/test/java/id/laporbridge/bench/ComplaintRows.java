package id.laporbridge.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Batched inserts of synthetic Lapor Bantul complaints, without text or reporter, for {@link SlaBenchmark}. */
final class ComplaintRows {

    static final String INSERT = "INSERT INTO complaint (id, source, upstream_id, upstream_created_at, "
            + "upstream_updated_at, status, stage, org_code, anonymous, secret, content_hash, raw_json, first_seen_at, "
            + "last_changed_at) VALUES (?, 'lapor-bantul', ?, ?, ?, 'diterima_operator', 'received', '12500', FALSE, "
            + "FALSE, ?, '{}', ?, ?)";
    private static final String HASH = "0".repeat(64);

    private ComplaintRows() {
    }

    static void add(PreparedStatement insert, long id, Instant filedAt, Instant changedAt) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, String.valueOf(id));
        insert.setObject(3, SlaBenchmark.utc(filedAt));
        insert.setObject(4, SlaBenchmark.utc(filedAt));
        insert.setString(5, HASH);
        insert.setObject(6, SlaBenchmark.utc(filedAt));
        insert.setObject(7, SlaBenchmark.utc(changedAt));
        insert.addBatch();
    }
}
