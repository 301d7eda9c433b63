package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkIndexLoadTest {

    private static final String BAND_KEYS = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
            + "WHERE TABLE_NAME = 'DEDUP_BAND' AND CONSTRAINT_TYPE = 'PRIMARY KEY'";

    @TempDir
    Path folder;
    HikariDataSource dataSource;

    @BeforeEach
    void open() {
        dataSource = TestDatabase.migrated(folder);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void emptyIndexLoadRecreatesBandKey() throws SQLException {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());

        long added = detector.indexBulk(List.of(LshCandidateTest.text(1, LshCandidateTest.ROAD),
                LshCandidateTest.text(2, LshCandidateTest.WASTE)).iterator());

        assertThat(added).isEqualTo(2);
        assertThat(count(BAND_KEYS)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(2L * DedupSettings.defaults().bands());
        assertThat(detector.preview(LshCandidateTest.text(3, LshCandidateTest.ROAD)))
                .extracting(DuplicateLink::otherId).containsExactly(1L);
    }

    @Test
    void loadCountsWordsLikeSingleInserts() throws SQLException {
        DuplicateDetector bulk = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        bulk.indexBulk(List.of(LshCandidateTest.text(1, LshCandidateTest.ROAD),
                LshCandidateTest.text(2, LshCandidateTest.ROAD)).iterator());
        long bulkSum = count("SELECT SUM(complaint_count) FROM dedup_term");
        long bulkMax = count("SELECT MAX(complaint_count) FROM dedup_term");

        bulk.indexBulk(List.of(LshCandidateTest.text(3, LshCandidateTest.ROAD)).iterator());

        assertThat(bulkMax).isEqualTo(2);
        assertThat(count("SELECT MAX(complaint_count) FROM dedup_term")).isEqualTo(3);
        assertThat(count("SELECT SUM(complaint_count) FROM dedup_term")).isEqualTo(bulkSum * 3 / 2);
    }

    @Test
    void loadRejectsIndexedComplaint() {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(1, LshCandidateTest.ROAD));

        assertThatThrownBy(() -> detector.indexBulk(List.of(LshCandidateTest.text(1, LshCandidateTest.WASTE))
                .iterator())).isInstanceOf(DedupStoreException.class);
    }

    @Test
    void openRestoresMissingBandKey() throws SQLException {
        DuplicateDetector.open(dataSource, DedupSettings.defaults()).check(LshCandidateTest.text(1, LshCandidateTest.ROAD));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE dedup_band DROP PRIMARY KEY");
        }

        DuplicateDetector reopened = DuplicateDetector.open(dataSource, DedupSettings.defaults());

        assertThat(count(BAND_KEYS)).isEqualTo(1);
        assertThat(reopened.preview(LshCandidateTest.text(2, LshCandidateTest.ROAD))).hasSize(1);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
