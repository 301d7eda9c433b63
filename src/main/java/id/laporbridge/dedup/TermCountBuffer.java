package id.laporbridge.dedup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Word count changes of one check transaction, written to {@code dedup_term} once before its commit.
 *
 * <p>Updating the counts after every complaint of a batch made each H2 store write the pages of {@code dedup_term}
 * again. With the band index keyed by week, that was about half of the 260 MB that a 20,000-complaint check wrote
 * (see docs/benchmarks.md). Lookups in the same transaction read the stored counts through {@link #withPending},
 * so they see the same counts as before. A word whose changes add up to 0 gets no new row, which lookups read as a
 * count of 0, as before.
 */
final class TermCountBuffer {

    private final Map<Long, Integer> deltas = new HashMap<>();

    void add(long[] terms, int delta) {
        for (long term : terms) {
            deltas.merge(term, delta, Integer::sum);
        }
    }

    /** Returns {@code stored} with the pending changes of {@code terms} added. Words with no count are absent. */
    Map<Long, Integer> withPending(Map<Long, Integer> stored, long[] terms) {
        Map<Long, Integer> counts = new HashMap<>(stored);
        for (long term : terms) {
            Integer delta = deltas.get(term);
            if (delta != null && (delta > 0 || counts.containsKey(term))) {
                counts.merge(term, delta, Integer::sum);
            }
        }
        return counts;
    }

    /** Writes the pending changes in the caller's transaction and clears them. */
    void flush(Connection connection) throws SQLException {
        deltas.values().removeIf(delta -> delta == 0);
        IndexTables.addTermCounts(connection, deltas);
        deltas.clear();
    }
}
