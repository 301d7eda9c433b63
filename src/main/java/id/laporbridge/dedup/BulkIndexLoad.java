package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load of many texts into the index, committed page by page on one connection.
 *
 * <p>Word counts are summed in memory and written once by {@link #finish()}, with plain inserts when
 * {@code dedup_term} was empty at the start. When {@code dedup_band} is empty at the start, its primary
 * key is dropped for the load and created again by {@link #finish()}: H2 then builds the key from sorted
 * rows instead of inserting each band row into a growing B-tree.
 *
 * <p>NOTE: while the key is dropped, a lookup from another connection scans the whole band table, and a
 * process that stops before {@link #finish()} leaves the key missing until {@link #restoreBandKey} runs,
 * which {@link DuplicateDetector#open} does.
 */
final class BulkIndexLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkIndexLoad.class);
    private static final String BAND_KEY_COUNT = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
            + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'DEDUP_BAND' AND CONSTRAINT_TYPE = 'PRIMARY KEY'";
    private static final String ADD_BAND_KEY = "ALTER TABLE dedup_band ADD CONSTRAINT dedup_band_pk "
            + "PRIMARY KEY (filed_week, bucket_key, filed_day, complaint_id)";
    private static final String INSERT_TERM = "INSERT INTO dedup_term (term_hash, complaint_count) VALUES (?, ?)";

    private final Connection connection;
    private final IndexTables index;
    private final boolean freshTerms;
    private final boolean bandKeyDropped;
    private final Map<Long, Integer> termDeltas = new HashMap<>();
    private long texts;

    private BulkIndexLoad(Connection connection, IndexTables index, boolean freshTerms, boolean bandKeyDropped) {
        this.connection = connection;
        this.index = index;
        this.freshTerms = freshTerms;
        this.bandKeyDropped = bandKeyDropped;
    }

    /** Starts a load on {@code connection}, which must not be in auto-commit mode. */
    static BulkIndexLoad start(Connection connection, IndexTables index) throws SQLException {
        boolean freshTerms = isEmpty(connection, "dedup_term");
        boolean dropKey = isEmpty(connection, "dedup_band") && hasBandKey(connection);
        if (dropKey) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE dedup_band DROP PRIMARY KEY");
            }
        }
        connection.commit();
        return new BulkIndexLoad(connection, index, freshTerms, dropKey);
    }

    /** Inserts new texts with their bands and commits. Fails when one of them is indexed already. */
    void addTexts(List<ComplaintText> complaints, List<TextFeatures> features) throws SQLException {
        index.insertRows(connection, complaints, features);
        addTerms(features);
        connection.commit();
        texts += complaints.size();
    }

    /** Stores new features of texts already in {@code dedup_text}, inserts their bands and commits. */
    void addStoredTexts(List<IndexTables.StoredText> stored, List<TextFeatures> features) throws SQLException {
        index.reindexRows(connection, stored, features);
        addTerms(features);
        connection.commit();
        texts += stored.size();
    }

    /** Writes the summed word counts, creates the band key again when it was dropped, and commits. */
    void finish() throws SQLException {
        long started = System.nanoTime();
        if (freshTerms) {
            insertTermCounts();
        } else {
            IndexTables.addTermCounts(connection, termDeltas);
        }
        connection.commit();
        if (bandKeyDropped) {
            addBandKey(connection);
        }
        LOG.info("Duplicate index bulk load finished texts={} terms={} bandKeyRebuilt={} finishMs={}", texts,
                termDeltas.size(), bandKeyDropped, (System.nanoTime() - started) / 1_000_000);
    }

    /** Creates the band primary key if a load stopped before creating it again, and returns whether it did. */
    static boolean restoreBandKey(Connection connection) throws SQLException {
        if (hasBandKey(connection)) {
            return false;
        }
        LOG.warn("Duplicate index band key missing after an unfinished bulk load, creating it again");
        addBandKey(connection);
        return true;
    }

    private void addTerms(List<TextFeatures> features) {
        for (TextFeatures feature : features) {
            for (long term : feature.terms()) {
                termDeltas.merge(term, 1, Integer::sum);
            }
        }
    }

    private void insertTermCounts() throws SQLException {
        List<Long> sortedTerms = new ArrayList<>(termDeltas.keySet());
        Collections.sort(sortedTerms);
        try (PreparedStatement statement = connection.prepareStatement(INSERT_TERM)) {
            for (Long term : sortedTerms) {
                statement.setLong(1, term);
                statement.setInt(2, termDeltas.get(term));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Creates the key. H2 commits the open transaction before and after a schema change. */
    private static void addBandKey(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ADD_BAND_KEY);
        }
    }

    private static boolean hasBandKey(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(BAND_KEY_COUNT)) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    private static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return !rows.next();
        }
    }
}
