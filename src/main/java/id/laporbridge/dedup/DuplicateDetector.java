package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds complaints that repeat an earlier one, across Lapor Bantul and SP4N-LAPOR!, and records links.
 *
 * <p>Each checked text is normalized, cut into word shingles and summarized by a MinHash signature whose
 * LSH bands are stored in H2, so a new complaint finds its candidates by index lookups instead of a scan.
 * Candidates in scope are verified by exact shingle similarity, and {@link StockWordingGuard} decides
 * between {@link LinkKind#DUPLICATE} and {@link LinkKind#SIMILAR}. Nothing is ever deleted or merged.
 *
 * <p>NOTE: checks of two copies that run at the same time in different threads may miss each other,
 * because each reads only texts committed before it. Run checks from one thread, or re-check later.
 */
public final class DuplicateDetector {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateDetector.class);
    private static final int REBUILD_PAGE_SIZE = 1_000;
    private static final int MAX_GROUP_SIZE = 10_000;
    private static final int BULK_PAGE_SIZE = 2_000;
    /**
     * Index entries kept in memory for lookups, an estimated 1 to 2 KB each for complaints of a few hundred
     * words. 20,000 cover a 30-day window at about 650 complaints a day. Candidates beyond that are read from H2.
     */
    private static final int ENTRY_CACHE_SIZE = 20_000;

    private final DataSource dataSource;
    private final DedupSettings settings;
    private final FeatureExtractor extractor;
    private final MatchVerifier verifier;
    private final StockWordingGuard guard;
    private final IndexTables index;
    private final LinkTable links = new LinkTable();
    private final ParameterTable parameters = new ParameterTable();
    private final EntryCache entryCache = new EntryCache(ENTRY_CACHE_SIZE);

    private DuplicateDetector(DataSource dataSource, DedupSettings settings) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid bridge.dedup settings: " + String.join("; ", problems));
        }
        this.dataSource = dataSource;
        this.settings = settings;
        this.extractor = new FeatureExtractor(settings);
        this.verifier = new MatchVerifier(settings);
        this.guard = new StockWordingGuard(settings);
        this.index = new IndexTables(settings.bands());
    }

    /**
     * Opens a detector on a database migrated with {@code V2__duplicate_index.sql}, rebuilding the index
     * first when it was built with other shingle, MinHash or LSH parameters.
     */
    public static DuplicateDetector open(DataSource dataSource, DedupSettings settings) {
        DuplicateDetector detector = new DuplicateDetector(dataSource, settings);
        detector.restoreBandKey();
        detector.rebuildIfParametersChanged();
        return detector;
    }

    /**
     * Opens a detector without comparing the stored index parameters, for a caller that calls
     * {@link #rebuild()} next. Lookups before that may use an index built with other parameters.
     */
    public static DuplicateDetector openForRebuild(DataSource dataSource, DedupSettings settings) {
        DuplicateDetector detector = new DuplicateDetector(dataSource, settings);
        detector.restoreBandKey();
        return detector;
    }

    /**
     * Checks one complaint against the indexed ones, records a link per match and adds it to the index.
     *
     * <p>Checking the same complaint id again with the same normalized text returns the stored links and
     * changes nothing. A changed text replaces the indexed one and is checked again; earlier links stay.
     */
    public List<DuplicateLink> check(ComplaintText complaint) {
        TextFeatures features = extractor.extract(complaint.text());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                TermCountBuffer termCounts = new TermCountBuffer();
                List<DuplicateLink> found = checkInTransaction(connection, complaint, features,
                        () -> index.indexedCount(connection), termCounts);
                termCounts.flush(connection);
                connection.commit();
                entryCache.remove(complaint.complaintId());
                found.forEach(DuplicateDetector::logLink);
                return found;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to check complaint for duplicates, complaintId="
                    + complaint.complaintId(), e);
        }
    }

    /**
     * Checks several complaints as {@link #check} does, in one transaction, so a batch costs one commit instead of
     * one per complaint. Each complaint is checked against the ones before it in the list too. {@code alsoWrite}
     * runs in the same transaction before the commit. When anything fails, nothing of the batch is kept. Returns the
     * links recorded.
     */
    public List<DuplicateLink> checkAll(List<ComplaintText> complaints, TransactionStep alsoWrite) {
        List<DuplicateLink> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // Counted before the batch writes: with uncommitted rows of its own, H2 counts the table by reading
                // every row, which took most of a batch's time with 500,000 texts indexed. The count then goes up by
                // one per complaint checked, so a replaced text counts twice, a small error against a share.
                long indexedBefore = index.indexedCount(connection);
                TermCountBuffer termCounts = new TermCountBuffer();
                for (int i = 0; i < complaints.size(); i++) {
                    ComplaintText complaint = complaints.get(i);
                    long indexedNow = indexedBefore + i;
                    found.addAll(checkInTransaction(connection, complaint, extractor.extract(complaint.text()),
                            () -> indexedNow, termCounts));
                }
                termCounts.flush(connection);
                alsoWrite.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // Entries read during the batch may hold its uncommitted texts.
                complaints.forEach(complaint -> entryCache.remove(complaint.complaintId()));
            }
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to check " + complaints.size() + " complaints for duplicates",
                    e);
        }
        found.forEach(DuplicateDetector::logLink);
        return found;
    }

    /** Work that joins the transaction of {@link #checkAll}. */
    @FunctionalInterface
    public interface TransactionStep {
        void run(Connection connection) throws SQLException;
    }

    /** Returns the matches {@link #check} would record for {@code complaint}, without writing anything. */
    public List<DuplicateLink> preview(ComplaintText complaint) {
        TextFeatures features = extractor.extract(complaint.text());
        try (Connection connection = dataSource.getConnection()) {
            return findLinks(connection, complaint, features, () -> index.indexedCount(connection),
                    new TermCountBuffer());
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to look up duplicates, complaintId=" + complaint.complaintId(), e);
        }
    }

    /**
     * Adds complaints to the index without checking them or recording links, in one transaction; for
     * back-fills of complaints already reviewed. Fails when one of them is indexed already.
     */
    public void indexWithoutChecking(List<ComplaintText> complaints) {
        indexWithoutChecking(complaints, connection -> { });
    }

    /** As {@link #indexWithoutChecking(List)}, with {@code alsoWrite} in the same transaction. */
    public void indexWithoutChecking(List<ComplaintText> complaints, TransactionStep alsoWrite) {
        List<TextFeatures> features = complaints.stream().map(c -> extractor.extract(c.text())).toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                index.insert(connection, complaints, features);
                alsoWrite.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to index " + complaints.size() + " complaints", e);
        }
    }

    /**
     * Adds many new complaints to the index without checking them or recording links, committing every
     * {@value #BULK_PAGE_SIZE} texts, for a first load or a benchmark. Fails on a complaint indexed
     * already, and keeps the pages committed before it. See {@link BulkIndexLoad} for how an empty index is
     * loaded faster. Returns the number of texts added.
     */
    public long indexBulk(Iterator<ComplaintText> complaints) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BulkIndexLoad load = BulkIndexLoad.start(connection, index);
            long added = 0;
            List<ComplaintText> page = new ArrayList<>(BULK_PAGE_SIZE);
            while (complaints.hasNext()) {
                page.add(complaints.next());
                if (page.size() == BULK_PAGE_SIZE || !complaints.hasNext()) {
                    load.addTexts(page, page.stream().map(c -> extractor.extract(c.text())).toList());
                    added += page.size();
                    page.clear();
                }
            }
            load.finish();
            return added;
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to bulk-index complaints", e);
        }
    }

    /** Returns the row counts of the index and link tables. */
    public IndexCounts counts() {
        try (Connection connection = dataSource.getConnection()) {
            return new IndexCounts(index.indexedCount(connection), rowCount(connection, "dedup_band"),
                    rowCount(connection, "dedup_term"), rowCount(connection, "duplicate_link"));
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to count the duplicate index rows", e);
        }
    }

    /** Returns the recorded links of one complaint, each with that complaint as {@code complaintId}. */
    public List<DuplicateLink> linksOf(long complaintId) {
        try (Connection connection = dataSource.getConnection()) {
            return links.linksOf(connection, complaintId);
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to read duplicate links, complaintId=" + complaintId, e);
        }
    }

    /**
     * Returns the lowest complaint id among those joined to {@code complaintId} by duplicate links, so
     * that a report counts a group of duplicates once. Similar links do not join complaints.
     */
    public long canonicalId(long complaintId) {
        try (Connection connection = dataSource.getConnection()) {
            return lowestIdInGroup(connection, complaintId);
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to read duplicate group, complaintId=" + complaintId, e);
        }
    }

    /**
     * Rebuilds bands and word counts from the texts in {@code dedup_text} with the current settings, in one
     * bulk load, and returns the text count. Duplicate links stay as they are.
     */
    public int rebuild() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            parameters.deleteFingerprint(connection);
            index.clearBandsAndTerms(connection);
            connection.commit();
            entryCache.clear();
            int rebuilt = reindexAllTexts(connection);
            parameters.storeFingerprint(connection, settings.indexFingerprint());
            connection.commit();
            entryCache.clear();
            LOG.info("Duplicate index rebuilt texts={} durationMs={}", rebuilt, (System.nanoTime() - started) / 1_000_000);
            return rebuilt;
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to rebuild the duplicate index", e);
        }
    }

    public DedupSettings settings() {
        return settings;
    }

    /** The number of indexed texts, read only when a lookup found matches to classify. */
    @FunctionalInterface
    private interface IndexedCount {
        long get() throws SQLException;
    }

    /** Checks and indexes one complaint, and adds its word count changes to {@code termCounts}. */
    private List<DuplicateLink> checkInTransaction(Connection connection, ComplaintText complaint,
            TextFeatures features, IndexedCount indexedCount, TermCountBuffer termCounts) throws SQLException {
        Optional<IndexedText> indexed = index.find(connection, complaint.complaintId());
        if (indexed.isPresent() && indexed.get().textHash() == features.textHash()) {
            return links.linksOf(connection, complaint.complaintId());
        }
        indexed.ifPresent(previous -> removeFromIndex(connection, previous, termCounts));
        List<DuplicateLink> found = findLinks(connection, complaint, features, indexedCount, termCounts);
        entryCache.remove(complaint.complaintId());
        index.insertRows(connection, List.of(complaint), List.of(features));
        termCounts.add(features.terms(), 1);
        links.record(connection, found);
        return found;
    }

    private void removeFromIndex(Connection connection, IndexedText previous, TermCountBuffer termCounts) {
        try {
            TextFeatures old = extractor.fromShingles(previous.shingles(), previous.terms());
            index.deleteBands(connection, previous.complaintId(), previous.filedAt(), old.bucketKeys());
            termCounts.add(old.terms(), -1);
            index.deleteText(connection, previous.complaintId());
            LOG.info("Duplicate index entry replaced after a text change complaintId={}", previous.complaintId());
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to replace the indexed text, complaintId="
                    + previous.complaintId(), e);
        }
    }

    private List<DuplicateLink> findLinks(Connection connection, ComplaintText complaint, TextFeatures features,
            IndexedCount indexedCount, TermCountBuffer pendingTermCounts) throws SQLException {
        if (features.bucketKeys().length == 0) {
            return List.of();
        }
        int day = IndexTables.filedDay(complaint.filedAt());
        int windowDays = (int) Math.min(Integer.MAX_VALUE / 4, settings.window().toDays() + 1);
        long[] candidateIds = index.candidateIds(connection, features.bucketKeys(), day - windowDays, day + windowDays,
                complaint.complaintId(), settings.maxCandidates());
        if (candidateIds.length == 0) {
            return List.of();
        }
        List<IndexedText> candidates = entryCache.load(candidateIds, ids -> index.load(connection, ids));
        List<TextMatch> matches = verifier.verify(complaint, features.shingles(), candidates);
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> termCounts =
                pendingTermCounts.withPending(index.termCounts(connection, features.terms()), features.terms());
        long commonTermLimit = guard.commonTermLimit(indexedCount.get());
        return guard.classify(complaint, features.terms(), matches, termCounts, commonTermLimit);
    }

    private long lowestIdInGroup(Connection connection, long complaintId) throws SQLException {
        Set<Long> seen = new HashSet<>(List.of(complaintId));
        Deque<Long> pending = new ArrayDeque<>(List.of(complaintId));
        long lowest = complaintId;
        while (!pending.isEmpty() && seen.size() < MAX_GROUP_SIZE) {
            for (long neighbour : links.duplicatesOf(connection, pending.poll())) {
                if (seen.add(neighbour)) {
                    pending.add(neighbour);
                    lowest = Math.min(lowest, neighbour);
                }
            }
        }
        return lowest;
    }

    private int reindexAllTexts(Connection connection) throws SQLException {
        BulkIndexLoad load = BulkIndexLoad.start(connection, index);
        int rebuilt = 0;
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<IndexTables.StoredText> page = index.textsAfter(connection, afterId, REBUILD_PAGE_SIZE);
            if (page.isEmpty()) {
                load.finish();
                return rebuilt;
            }
            List<TextFeatures> features = page.stream().map(text -> extractor.extract(text.text())).toList();
            load.addStoredTexts(page, features);
            rebuilt += page.size();
            afterId = page.get(page.size() - 1).complaintId();
        }
    }

    private void restoreBandKey() {
        try (Connection connection = dataSource.getConnection()) {
            BulkIndexLoad.restoreBandKey(connection);
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to create the duplicate index band key", e);
        }
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void rebuildIfParametersChanged() {
        String expected = settings.indexFingerprint();
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = parameters.fingerprint(connection);
            if (stored.isPresent() && stored.get().equals(expected)) {
                return;
            }
            if (stored.isEmpty() && index.indexedCount(connection) == 0) {
                parameters.storeFingerprint(connection, expected);
                return;
            }
            LOG.info("Duplicate index parameters changed, rebuilding stored={} expected={}", stored.orElse("none"),
                    expected);
        } catch (SQLException e) {
            throw new DedupStoreException("Failed to read the duplicate index parameters", e);
        }
        rebuild();
    }

    private static void logLink(DuplicateLink link) {
        LOG.info("Complaint linked as {} complaintId={} otherId={} score={}", link.kind().storedValue(),
                link.complaintId(), link.otherId(), String.format(java.util.Locale.ROOT, "%.3f", link.score()));
    }
}
