package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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

class DetectorLifecycleTest {

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
    void recheckIsIdempotent() throws SQLException {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(1, LshCandidateTest.ROAD));
        List<DuplicateLink> first = detector.check(LshCandidateTest.text(2, LshCandidateTest.ROAD));

        List<DuplicateLink> again = detector.check(LshCandidateTest.text(2, LshCandidateTest.ROAD));

        assertThat(again).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM duplicate_link")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dedup_text")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(2L * DedupSettings.defaults().bands());
    }

    @Test
    void changedTextReplacesIndexEntry() throws SQLException {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(1, LshCandidateTest.ROAD));

        detector.check(LshCandidateTest.text(1, LshCandidateTest.WASTE));

        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(DedupSettings.defaults().bands());
        assertThat(detector.preview(LshCandidateTest.text(2, LshCandidateTest.WASTE))).hasSize(1);
        assertThat(detector.preview(LshCandidateTest.text(3, LshCandidateTest.ROAD))).isEmpty();
    }

    @Test
    void parameterChangeRebuildsIndexOnOpen() throws SQLException {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(1, LshCandidateTest.ROAD));
        detector.check(LshCandidateTest.text(2, LshCandidateTest.WASTE));
        DedupSettings reshaped = DedupSettings.defaults().withIndexShape(3, 60, 30);

        DuplicateDetector reopened = DuplicateDetector.open(dataSource, reshaped);

        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isEqualTo(2L * 30);
        assertThat(fingerprint()).isEqualTo(reshaped.indexFingerprint());
        assertThat(reopened.preview(LshCandidateTest.text(3, LshCandidateTest.ROAD)))
                .extracting(DuplicateLink::otherId).containsExactly(1L);
    }

    @Test
    void sameParametersKeepIndexOnOpen() throws SQLException {
        DuplicateDetector.open(dataSource, DedupSettings.defaults()).check(LshCandidateTest.text(1, LshCandidateTest.ROAD));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM dedup_band");
        }

        DuplicateDetector.open(dataSource, DedupSettings.defaults());

        assertThat(count("SELECT COUNT(*) FROM dedup_band")).isZero();
    }

    @Test
    void rebuildRestoresBandsFromStoredTexts() throws SQLException {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(1, LshCandidateTest.ROAD));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM dedup_band");
        }

        int rebuilt = detector.rebuild();

        assertThat(rebuilt).isEqualTo(1);
        assertThat(detector.preview(LshCandidateTest.text(2, LshCandidateTest.ROAD))).hasSize(1);
    }

    @Test
    void linksAndCanonicalIdFollowDuplicateGroup() {
        DuplicateDetector detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
        detector.check(LshCandidateTest.text(5, LshCandidateTest.ROAD));
        detector.check(LshCandidateTest.text(7, LshCandidateTest.ROAD));
        detector.check(LshCandidateTest.text(9, LshCandidateTest.WASTE));

        assertThat(detector.linksOf(5)).singleElement().satisfies(link -> {
            assertThat(link.complaintId()).isEqualTo(5);
            assertThat(link.otherId()).isEqualTo(7);
            assertThat(link.kind()).isEqualTo(LinkKind.DUPLICATE);
            assertThat(link.score()).isEqualTo(1.0);
        });
        assertThat(detector.canonicalId(7)).isEqualTo(5);
        assertThat(detector.canonicalId(5)).isEqualTo(5);
        assertThat(detector.canonicalId(9)).isEqualTo(9);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String fingerprint() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT fingerprint FROM dedup_parameters")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
