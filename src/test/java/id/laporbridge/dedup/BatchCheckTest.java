package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DuplicateDetector#checkAll} writes word counts once per batch and must match one check per complaint. */
class BatchCheckTest {

    private static final List<ComplaintText> COMPLAINTS = List.of(
            LshCandidateTest.text(1, LshCandidateTest.ROAD),
            LshCandidateTest.text(2, LshCandidateTest.ROAD),
            LshCandidateTest.text(3, LshCandidateTest.WASTE),
            // A changed text of complaint 1, in the same batch as its first text.
            LshCandidateTest.text(1, LshCandidateTest.WASTE),
            LshCandidateTest.text(4, LshCandidateTest.WASTE));

    @TempDir
    Path folder;

    @Test
    void batchMatchesSingleChecks() throws SQLException {
        List<DuplicateLink> singleLinks = new ArrayList<>();
        List<String> singleTerms;
        try (HikariDataSource single = TestDatabase.migrated(folder.resolve("single"))) {
            DuplicateDetector detector = DuplicateDetector.open(single, DedupSettings.defaults());
            COMPLAINTS.forEach(complaint -> singleLinks.addAll(detector.check(complaint)));
            singleTerms = termCounts(single);
        }

        try (HikariDataSource batch = TestDatabase.migrated(folder.resolve("batch"))) {
            DuplicateDetector detector = DuplicateDetector.open(batch, DedupSettings.defaults());
            List<DuplicateLink> batchLinks = detector.checkAll(COMPLAINTS, connection -> { });

            assertThat(batchLinks).isEqualTo(singleLinks);
            assertThat(termCounts(batch)).isEqualTo(singleTerms);
        }
        assertThat(singleLinks).isNotEmpty();
        assertThat(singleTerms).isNotEmpty();
    }

    /** Returns every stored word count above 0 as "hash=count", by hash. */
    private static List<String> termCounts(HikariDataSource dataSource) throws SQLException {
        List<String> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT term_hash, complaint_count FROM dedup_term "
                        + "WHERE complaint_count > 0 ORDER BY term_hash")) {
            while (rows.next()) {
                counts.add(rows.getLong(1) + "=" + rows.getInt(2));
            }
        }
        return counts;
    }
}
