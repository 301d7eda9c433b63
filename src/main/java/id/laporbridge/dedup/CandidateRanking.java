package id.laporbridge.dedup;

import java.util.Comparator;
import java.util.Map;

/** Orders lookup candidates by the number of LSH buckets they share with the text looked up. */
final class CandidateRanking {

    private static final Comparator<Map.Entry<Long, Integer>> MOST_SHARED_FIRST =
            Map.Entry.<Long, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed());

    private CandidateRanking() {
    }

    /**
     * Returns at most {@code limit} ids of {@code sharedBuckets}, those sharing the most buckets first and the
     * highest id first among equals. Candidates that share more bands have a higher estimated similarity.
     */
    static long[] top(Map<Long, Integer> sharedBuckets, int limit) {
        return sharedBuckets.entrySet().stream().sorted(MOST_SHARED_FIRST).limit(limit)
                .mapToLong(Map.Entry::getKey).toArray();
    }
}
