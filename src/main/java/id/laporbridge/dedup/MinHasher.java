package id.laporbridge.dedup;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures of shingle sets with seeded, deterministic hash functions.
 *
 * <p>Hash function i maps a shingle hash x to {@code mix(x * a[i] + b[i])} with odd multipliers drawn
 * from the seed. The share of equal positions in two signatures estimates the Jaccard similarity of the
 * two sets.
 */
public final class MinHasher {

    private final long[] multipliers;
    private final long[] offsets;

    public MinHasher(int hashCount, long seed) {
        if (hashCount < 1) {
            throw new IllegalArgumentException("Invalid MinHash count " + hashCount + ": use 1 or more");
        }
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashCount];
        offsets = new long[hashCount];
        for (int i = 0; i < hashCount; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    /** Returns the signature of {@code shingles}; every position is Long.MAX_VALUE for an empty set. */
    public long[] signature(long[] shingles) {
        long[] minimums = new long[multipliers.length];
        java.util.Arrays.fill(minimums, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < minimums.length; i++) {
                long hashed = TextHash.mix(shingle * multipliers[i] + offsets[i]);
                if (hashed < minimums[i]) {
                    minimums[i] = hashed;
                }
            }
        }
        return minimums;
    }

    /** Estimates the Jaccard similarity of two sets from their signatures. */
    public static double estimateJaccard(long[] left, long[] right) {
        int equal = 0;
        for (int i = 0; i < left.length; i++) {
            if (left[i] == right[i]) {
                equal++;
            }
        }
        return (double) equal / left.length;
    }
}
