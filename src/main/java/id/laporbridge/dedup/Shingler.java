package id.laporbridge.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Turns normalized words into a set of hashed word shingles (word n-grams).
 *
 * <p>A text with fewer words than the shingle size yields one shingle made of all its words, so a very
 * short complaint still has a non-empty set and can match an identical short complaint.
 */
public final class Shingler {

    private final int size;

    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Invalid shingle size " + size + ": use 1 or more words");
        }
        this.size = size;
    }

    /** Returns the sorted, distinct 64-bit hashes of the word shingles; empty when there are no words. */
    public long[] shingles(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int span = Math.min(size, words.size());
        long[] hashes = new long[words.size() - span + 1];
        for (int start = 0; start < hashes.length; start++) {
            hashes[start] = TextHash.ofWords(words, start, span);
        }
        return sortedDistinct(hashes);
    }

    /** Returns the sorted, distinct 64-bit hashes of single words. */
    public static long[] terms(List<String> words) {
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TextHash.ofWords(words, i, 1);
        }
        return sortedDistinct(hashes);
    }

    static long[] sortedDistinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
