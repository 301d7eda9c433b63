package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** SQL on the index tables {@code dedup_text}, {@code dedup_band} and {@code dedup_term}. */
final class IndexTables {

    private static final String ENTRY_COLUMNS = "complaint_id, text_hash, filed_at, opd_code, kapanewon, "
            + "category, reporter_key, location_key, shingles, terms";
    private static final String INSERT_TEXT = "INSERT INTO dedup_text (complaint_id, source, upstream_id, "
            + "body_text, text_hash, filed_at, opd_code, kapanewon, category, reporter_key, location_key, "
            + "shingles, terms, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_BAND =
            "INSERT INTO dedup_band (filed_week, bucket_key, filed_day, complaint_id) VALUES (?, ?, ?, ?)";
    private static final String DELETE_BAND = "DELETE FROM dedup_band WHERE filed_week = ? AND bucket_key = ? "
            + "AND filed_day = ? AND complaint_id = ?";
    /**
     * Days per {@code filed_week}. V11__band_key_by_week.sql computes the same weeks for existing rows.
     * NOTE: at about 1,700 complaints filed a day, a week's band rows fill more pages than H2 writes per store,
     * so a backfill at that rate still writes about one page per band row (see docs/benchmarks.md).
     */
    private static final int DAYS_PER_WEEK = 7;
    private static final String ADD_TO_TERM_COUNTS =
            "UPDATE dedup_term SET complaint_count = complaint_count + ? WHERE term_hash = ANY(?)";
    private static final String INSERT_MISSING_TERMS = "INSERT INTO dedup_term (term_hash, complaint_count) "
            + "SELECT u.term_hash, ? FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS u(term_hash) "
            + "WHERE NOT EXISTS (SELECT 1 FROM dedup_term t WHERE t.term_hash = u.term_hash)";
    private static final String LOAD_ENTRIES = "SELECT " + ENTRY_COLUMNS
            + " FROM dedup_text WHERE complaint_id = ANY(?) ORDER BY complaint_id";
    private static final String TERM_COUNTS =
            "SELECT term_hash, complaint_count FROM dedup_term WHERE term_hash = ANY(?)";
    private static final String UPDATE_FEATURES =
            "UPDATE dedup_text SET text_hash = ?, shingles = ?, terms = ? WHERE complaint_id = ?";

    private final String weekCandidateQuery;

    IndexTables(int bands) {
        String perBand = "SELECT complaint_id FROM dedup_band WHERE filed_week = ? AND bucket_key = ? "
                + "AND filed_day BETWEEN ? AND ?";
        weekCandidateQuery = "SELECT complaint_id, COUNT(*) FROM ("
                + String.join(" UNION ALL ", Collections.nCopies(bands, perBand)) + ") GROUP BY complaint_id";
    }

    Optional<IndexedText> find(Connection connection, long complaintId) throws SQLException {
        List<IndexedText> found = load(connection, new long[] {complaintId});
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Returns the ids filed from {@code firstDay} to {@code lastDay} that share at least one bucket with
     * {@code bucketKeys}, at most {@code limit}, those sharing the most buckets first.
     */
    long[] candidateIds(Connection connection, long[] bucketKeys, int firstDay, int lastDay, long excludedId,
            int limit) throws SQLException {
        Map<Long, Integer> sharedBuckets = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(weekCandidateQuery)) {
            // One query per week, because the week leads the band key (see V11__band_key_by_week.sql).
            for (int week = filedWeek(firstDay); week <= filedWeek(lastDay); week++) {
                addSharedBuckets(statement, week, bucketKeys, firstDay, lastDay, sharedBuckets);
            }
        }
        sharedBuckets.remove(excludedId);
        return CandidateRanking.top(sharedBuckets, limit);
    }

    private static void addSharedBuckets(PreparedStatement statement, int week, long[] bucketKeys, int firstDay,
            int lastDay, Map<Long, Integer> sharedBuckets) throws SQLException {
        int index = 1;
        for (long key : bucketKeys) {
            statement.setInt(index++, week);
            statement.setLong(index++, key);
            statement.setInt(index++, firstDay);
            statement.setInt(index++, lastDay);
        }
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sharedBuckets.merge(rows.getLong(1), rows.getInt(2), Integer::sum);
            }
        }
    }

    /**
     * Returns the indexed entries of {@code complaintIds}, by id. The ids go in as one array parameter, so
     * the SQL text stays the same and H2 reuses the parsed statement for every lookup.
     */
    List<IndexedText> load(Connection connection, long[] complaintIds) throws SQLException {
        if (complaintIds.length == 0) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(LOAD_ENTRIES)) {
            statement.setObject(1, boxed(complaintIds));
            return readEntries(statement);
        }
    }

    /** Returns complaint counts for the given word hashes; words never indexed are absent. */
    Map<Long, Integer> termCounts(Connection connection, long[] termHashes) throws SQLException {
        if (termHashes.length == 0) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TERM_COUNTS)) {
            statement.setObject(1, boxed(termHashes));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    long indexedCount(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM dedup_text");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Inserts texts with their bands and adds their words to the term counts, in batches. */
    void insert(Connection connection, List<ComplaintText> complaints, List<TextFeatures> features)
            throws SQLException {
        insertRows(connection, complaints, features);
        addTermCounts(connection, countTerms(features, 1));
    }

    /** Inserts texts with their bands, in batches, and leaves the term counts to the caller. */
    void insertRows(Connection connection, List<ComplaintText> complaints, List<TextFeatures> features)
            throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement texts = connection.prepareStatement(INSERT_TEXT);
                PreparedStatement bands = connection.prepareStatement(INSERT_BAND)) {
            for (int i = 0; i < complaints.size(); i++) {
                ComplaintText complaint = complaints.get(i);
                addTextRow(texts, complaint, features.get(i), now);
                addBandRows(bands, complaint.complaintId(), filedDay(complaint.filedAt()),
                        features.get(i).bucketKeys());
            }
            texts.executeBatch();
            bands.executeBatch();
        }
    }

    /** Deletes the band rows of one text. Its dedup_text row and its word counts stay for the caller. */
    void deleteBands(Connection connection, long complaintId, Instant filedAt, long[] bucketKeys)
            throws SQLException {
        int day = filedDay(filedAt);
        try (PreparedStatement statement = connection.prepareStatement(DELETE_BAND)) {
            for (long key : bucketKeys) {
                statement.setInt(1, filedWeek(day));
                statement.setLong(2, key);
                statement.setInt(3, day);
                statement.setLong(4, complaintId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    void deleteText(Connection connection, long complaintId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM dedup_text WHERE complaint_id = ?")) {
            statement.setLong(1, complaintId);
            statement.executeUpdate();
        }
    }

    void clearBandsAndTerms(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE dedup_band");
            statement.execute("TRUNCATE TABLE dedup_term");
        }
    }

    /** Returns up to {@code limit} stored texts with ids above {@code afterId}, by id. */
    List<StoredText> textsAfter(Connection connection, long afterId, int limit) throws SQLException {
        String sql = "SELECT complaint_id, body_text, filed_at FROM dedup_text WHERE complaint_id > ? "
                + "ORDER BY complaint_id LIMIT ?";
        List<StoredText> texts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, afterId);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.add(new StoredText(rows.getLong(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return texts;
    }

    /** Stores new features for existing texts and inserts their bands. The caller updates the term counts. */
    void reindexRows(Connection connection, List<StoredText> texts, List<TextFeatures> features)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_FEATURES);
                PreparedStatement bands = connection.prepareStatement(INSERT_BAND)) {
            for (int i = 0; i < texts.size(); i++) {
                TextFeatures feature = features.get(i);
                StoredText text = texts.get(i);
                update.setLong(1, feature.textHash());
                update.setBytes(2, HashArrays.toBytes(feature.shingles()));
                update.setBytes(3, HashArrays.toBytes(feature.terms()));
                update.setLong(4, text.complaintId());
                update.addBatch();
                addBandRows(bands, text.complaintId(), filedDay(text.filedAt()), feature.bucketKeys());
            }
            update.executeBatch();
            bands.executeBatch();
        }
    }

    private static void addTextRow(PreparedStatement statement, ComplaintText complaint, TextFeatures features,
            Instant now) throws SQLException {
        statement.setLong(1, complaint.complaintId());
        statement.setString(2, complaint.source());
        statement.setString(3, complaint.upstreamId());
        statement.setString(4, complaint.text());
        statement.setLong(5, features.textHash());
        statement.setObject(6, OffsetDateTime.ofInstant(complaint.filedAt(), ZoneOffset.UTC));
        statement.setString(7, complaint.opdCode());
        statement.setString(8, complaint.kapanewon());
        statement.setString(9, complaint.category());
        statement.setString(10, complaint.reporterKey());
        statement.setString(11, complaint.locationKey());
        statement.setBytes(12, HashArrays.toBytes(features.shingles()));
        statement.setBytes(13, HashArrays.toBytes(features.terms()));
        statement.setObject(14, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        statement.addBatch();
    }

    private static void addBandRows(PreparedStatement statement, long complaintId, int filedDay, long[] bucketKeys)
            throws SQLException {
        for (long key : bucketKeys) {
            statement.setInt(1, filedWeek(filedDay));
            statement.setLong(2, key);
            statement.setInt(3, filedDay);
            statement.setLong(4, complaintId);
            statement.addBatch();
        }
    }

    /** Returns the day of {@code instant} in days since 1970-01-01, UTC. */
    static int filedDay(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond(), 86_400L);
    }

    /** Returns the {@code filed_week} of a {@link #filedDay}: weeks since 1970-01-01, each starting on a Thursday. */
    static int filedWeek(int filedDay) {
        return Math.floorDiv(filedDay, DAYS_PER_WEEK);
    }

    /** A stored text with what a rebuild needs besides it. */
    record StoredText(long complaintId, String text, Instant filedAt) {
    }

    static Map<Long, Integer> countTerms(List<TextFeatures> features, int delta) {
        Map<Long, Integer> deltas = new HashMap<>();
        for (TextFeatures feature : features) {
            for (long term : feature.terms()) {
                deltas.merge(term, delta, Integer::sum);
            }
        }
        return deltas;
    }

    /**
     * Adds {@code deltas} to the stored word counts and creates the rows of words not counted yet, with two
     * statements per distinct delta value instead of one per word. A word missing from the table is not
     * created for a negative delta.
     */
    static void addTermCounts(Connection connection, Map<Long, Integer> deltas) throws SQLException {
        Map<Integer, List<Long>> termsByDelta = new TreeMap<>();
        deltas.forEach((term, delta) -> termsByDelta.computeIfAbsent(delta, d -> new ArrayList<>()).add(term));
        try (PreparedStatement update = connection.prepareStatement(ADD_TO_TERM_COUNTS);
                PreparedStatement insert = connection.prepareStatement(INSERT_MISSING_TERMS)) {
            for (Map.Entry<Integer, List<Long>> group : termsByDelta.entrySet()) {
                Long[] terms = group.getValue().toArray(Long[]::new);
                // Sorted keys keep concurrent writers from locking the same rows in opposite orders.
                Arrays.sort(terms);
                update.setInt(1, group.getKey());
                update.setObject(2, terms);
                update.executeUpdate();
                if (group.getKey() > 0) {
                    insert.setInt(1, group.getKey());
                    insert.setObject(2, terms);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<IndexedText> readEntries(PreparedStatement statement) throws SQLException {
        List<IndexedText> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new IndexedText(rows.getLong(1), rows.getLong(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8),
                        HashArrays.fromBytes(rows.getBytes(9)), HashArrays.fromBytes(rows.getBytes(10))));
            }
        }
        return entries;
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
