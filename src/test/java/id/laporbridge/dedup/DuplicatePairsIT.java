package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.laporbridge.support.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every complaint of the shared LAPOR! sample through the detector in file order, then compares the
 * recorded links with the labelled pairs. The sample has no dates, reporters or places, so only text and
 * the category take part.
 */
class DuplicatePairsIT {

    private static final Set<String> DUPLICATE_TYPES = Set.of("exact_after_source_preprocessing", "near_duplicate");
    private static final String TEMPLATE_TYPE = "template_collision";
    private static final Instant FILED_AT = Instant.parse("2019-01-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void labelledPairsWithCategoryScope() throws IOException {
        Figures figures = run(DedupSettings.defaults(), "category scope on");

        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.templateDuplicates()).isZero();
        assertThat(figures.otherRowsFlaggedExceptIdenticalText()).isLessThan(0.01);
    }

    @Test
    void labelledPairsWithoutCategoryScope() throws IOException {
        DedupSettings settings = DedupSettings.defaults().withScope(DedupSettings.defaults().window(), true, true, false);
        Figures figures = run(settings, "category scope off");

        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.templateDuplicates()).isZero();
    }

    private Figures run(DedupSettings settings, String label) throws IOException {
        List<Map<String, String>> rows = SharedData.rows("lapor-complaints-sample.csv");
        List<Map<String, String>> pairs = SharedData.rows("lapor-duplicate-pairs.csv");
        Map<String, Long> idsByKey = new HashMap<>();
        Map<Long, String> normalizedById = new HashMap<>();
        try (HikariDataSource dataSource = TestDatabase.migrated(folder.resolve(label.replace(' ', '-')))) {
            DuplicateDetector detector = DuplicateDetector.open(dataSource, settings);
            TextNormalizer normalizer = new TextNormalizer();
            long nextId = 1;
            for (Map<String, String> row : rows) {
                long id = nextId++;
                idsByKey.put(row.get("id"), id);
                normalizedById.put(id, String.join(" ", normalizer.words(row.get("body"))));
                detector.check(new ComplaintText(id, "sample", row.get("id"), row.get("body"), FILED_AT, null, null,
                        blankToNull(row.get("category")), null, null));
            }
            Figures figures = measure(detector, pairs, idsByKey, normalizedById);
            figures.print(label);
            return figures;
        }
    }

    private static Figures measure(DuplicateDetector detector, List<Map<String, String>> pairs,
            Map<String, Long> idsByKey, Map<Long, String> normalizedById) {
        Set<Long> pairRows = new HashSet<>();
        int labelled = 0;
        int found = 0;
        int templateDuplicates = 0;
        int templateSimilar = 0;
        for (Map<String, String> pair : pairs) {
            long first = idsByKey.get(pair.get("id_a"));
            long second = idsByKey.get(pair.get("id_b"));
            pairRows.add(first);
            pairRows.add(second);
            LinkKind kind = linkKind(detector, first, second);
            if (DUPLICATE_TYPES.contains(pair.get("match_type"))) {
                labelled++;
                found += kind == LinkKind.DUPLICATE ? 1 : 0;
            } else if (TEMPLATE_TYPE.equals(pair.get("match_type"))) {
                templateDuplicates += kind == LinkKind.DUPLICATE ? 1 : 0;
                templateSimilar += kind == LinkKind.SIMILAR ? 1 : 0;
                detector.linksOf(first).stream().filter(link -> link.otherId() == second).forEach(link ->
                        System.out.println("Template pair " + pair.get("pair_id") + " linked as "
                                + link.kind().storedValue() + ": " + link.reason()));
            }
        }
        return otherRows(detector, idsByKey, normalizedById, pairRows,
                new Figures(labelled, found, templateDuplicates, templateSimilar, 0, 0, 0));
    }

    private static Figures otherRows(DuplicateDetector detector, Map<String, Long> idsByKey,
            Map<Long, String> normalizedById, Set<Long> pairRows, Figures pairFigures) {
        int others = 0;
        int flagged = 0;
        int flaggedIdentical = 0;
        for (long id : idsByKey.values()) {
            if (pairRows.contains(id)) {
                continue;
            }
            others++;
            List<DuplicateLink> duplicates = detector.linksOf(id).stream()
                    .filter(link -> link.kind() == LinkKind.DUPLICATE).toList();
            if (duplicates.isEmpty()) {
                continue;
            }
            flagged++;
            boolean identical = duplicates.stream()
                    .allMatch(link -> normalizedById.get(id).equals(normalizedById.get(link.otherId())));
            flaggedIdentical += identical ? 1 : 0;
        }
        return new Figures(pairFigures.labelled(), pairFigures.found(), pairFigures.templateDuplicates(),
                pairFigures.templateSimilar(), others, flagged, flaggedIdentical);
    }

    private static LinkKind linkKind(DuplicateDetector detector, long first, long second) {
        return detector.linksOf(first).stream().filter(link -> link.otherId() == second).map(DuplicateLink::kind)
                .findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Outcome of one run over the sample. */
    private record Figures(int labelled, int found, int templateDuplicates, int templateSimilar, int otherRows,
            int otherRowsFlagged, int otherRowsFlaggedIdentical) {

        double recall() {
            return (double) found / labelled;
        }

        double otherRowsFlaggedShare() {
            return (double) otherRowsFlagged / otherRows;
        }

        /** Share of other rows flagged, leaving out rows whose normalized text equals that of their match. */
        double otherRowsFlaggedExceptIdenticalText() {
            return (double) (otherRowsFlagged - otherRowsFlaggedIdentical) / otherRows;
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "DuplicatePairsIT (%s): recall %d/%d = %.3f; template pairs linked as "
                    + "duplicate %d, as similar %d; other rows flagged as duplicate %d/%d = %.4f, of which %d have "
                    + "text identical to their match (share without them %.4f)%n", label, found, labelled, recall(),
                    templateDuplicates, templateSimilar, otherRowsFlagged, otherRows, otherRowsFlaggedShare(),
                    otherRowsFlaggedIdentical, otherRowsFlaggedExceptIdenticalText());
        }
    }
}
