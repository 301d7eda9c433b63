package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11__band_key_by_week.sql on a store whose band rows were written in the V2 layout. */
class BandKeyMigrationTest {

    private static final String KEY_COLUMNS = "SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c "
            + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
            + "WHERE c.TABLE_NAME = 'DEDUP_BAND' AND c.CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY k.ORDINAL_POSITION";
    /** A day before 1970, where SQL division and {@code Math.floorDiv} round differently. */
    private static final Instant BEFORE_EPOCH = Instant.parse("1969-12-29T10:00:00Z");

    @TempDir
    Path folder;
    HikariDataSource dataSource;

    @BeforeEach
    void openAtV10() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(config);
        flyway().target("10").load().migrate();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void existingBandsGetTheirWeek() throws SQLException {
        insertV10Entry(1, LshCandidateTest.ROAD, LshCandidateTest.NOW);
        insertV10Entry(2, LshCandidateTest.WASTE, BEFORE_EPOCH);

        flyway().load().migrate();

        int bands = DedupSettings.defaults().bands();
        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(2L * bands);
        assertThat(count("SELECT COUNT(*) FROM dedup_band WHERE filed_day = " + day(BEFORE_EPOCH)
                + " AND filed_week = " + IndexTables.filedWeek(day(BEFORE_EPOCH)))).isEqualTo(bands);
        assertThat(count("SELECT COUNT(*) FROM dedup_band WHERE filed_day = " + day(LshCandidateTest.NOW)
                + " AND filed_week = " + IndexTables.filedWeek(day(LshCandidateTest.NOW)))).isEqualTo(bands);
        assertThat(keyColumns()).containsExactly("FILED_WEEK", "BUCKET_KEY", "FILED_DAY", "COMPLAINT_ID");
    }

    @Test
    void migratedBandsAreFoundAndReplaced() throws SQLException {
        insertV10Entry(1, LshCandidateTest.ROAD, LshCandidateTest.NOW);
        flyway().load().migrate();
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());

        List<DuplicateLink> found = detector.preview(LshCandidateTest.text(2, LshCandidateTest.ROAD));
        detector.check(LshCandidateTest.text(1, LshCandidateTest.WASTE));

        assertThat(found).extracting(DuplicateLink::otherId).containsExactly(1L);
        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(DedupSettings.defaults().bands());
        assertThat(detector.preview(LshCandidateTest.text(3, LshCandidateTest.ROAD))).isEmpty();
    }

    @Test
    void rebuildAfterMigrationKeepsBandKey() throws SQLException {
        insertV10Entry(1, LshCandidateTest.ROAD, LshCandidateTest.NOW);
        flyway().load().migrate();
        DuplicateDetector detector = DuplicateDetector.openForRebuild(dataSource, DedupSettings.defaults());

        int rebuilt = detector.rebuild();

        assertThat(rebuilt).isEqualTo(1);
        assertThat(keyColumns()).containsExactly("FILED_WEEK", "BUCKET_KEY", "FILED_DAY", "COMPLAINT_ID");
        assertThat(detector.preview(LshCandidateTest.text(2, LshCandidateTest.ROAD)))
                .extracting(DuplicateLink::otherId).containsExactly(1L);
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }

    /**
     * Writes a text and its band rows as the index code before V11 wrote them, with the fingerprint of the default
     * settings, so that opening a detector uses the migrated rows instead of rebuilding them.
     */
    private void insertV10Entry(long complaintId, String body, Instant filedAt) throws SQLException {
        TextFeatures features = new FeatureExtractor(DedupSettings.defaults()).extract(body);
        try (Connection connection = dataSource.getConnection()) {
            new ParameterTable().storeFingerprint(connection, DedupSettings.defaults().indexFingerprint());
            insertText(connection, complaintId, body, features, filedAt);
            try (PreparedStatement band = connection.prepareStatement(
                    "INSERT INTO dedup_band (bucket_key, filed_day, complaint_id) VALUES (?, ?, ?)")) {
                for (long key : features.bucketKeys()) {
                    band.setLong(1, key);
                    band.setInt(2, day(filedAt));
                    band.setLong(3, complaintId);
                    band.addBatch();
                }
                band.executeBatch();
            }
        }
    }

    private static void insertText(Connection connection, long complaintId, String body, TextFeatures features,
            Instant filedAt) throws SQLException {
        try (PreparedStatement text = connection.prepareStatement("INSERT INTO dedup_text (complaint_id, source, "
                + "upstream_id, body_text, text_hash, filed_at, opd_code, kapanewon, category, shingles, terms, "
                + "indexed_at) VALUES (?, 'lapor-bantul', ?, ?, ?, ?, 'DPUPKP', 'Imogiri', 'JALAN', ?, ?, ?)")) {
            OffsetDateTime filed = OffsetDateTime.ofInstant(filedAt, ZoneOffset.UTC);
            text.setLong(1, complaintId);
            text.setString(2, "U" + complaintId);
            text.setString(3, body);
            text.setLong(4, features.textHash());
            text.setObject(5, filed);
            text.setBytes(6, HashArrays.toBytes(features.shingles()));
            text.setBytes(7, HashArrays.toBytes(features.terms()));
            text.setObject(8, filed);
            text.executeUpdate();
        }
    }

    private static int day(Instant instant) {
        return IndexTables.filedDay(instant);
    }

    private List<String> keyColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(KEY_COLUMNS)) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
