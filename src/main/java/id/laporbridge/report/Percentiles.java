package id.laporbridge.report;

import java.util.List;

/** Nearest-rank percentiles: the smallest value with at least the given share of values at or below it. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * Returns the {@code share} percentile of {@code sortedValues} (0 &lt; share &lt;= 1), or null when there are no
     * values. The median of an even count is the lower middle value.
     */
    static Long of(List<Long> sortedValues, double share) {
        if (sortedValues.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(share * sortedValues.size());
        return sortedValues.get(Math.max(rank, 1) - 1);
    }
}
