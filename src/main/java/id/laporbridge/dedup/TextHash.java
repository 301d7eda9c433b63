package id.laporbridge.dedup;

import java.util.List;

/** Stable 64-bit hashes of words and word sequences, identical across JVMs and restarts. */
final class TextHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char WORD_SEPARATOR = ' ';

    private TextHash() {
    }

    /** Hashes {@code count} words starting at {@code start}, joined by single spaces. */
    static long ofWords(List<String> words, int start, int count) {
        long hash = FNV_OFFSET;
        for (int i = start; i < start + count; i++) {
            if (i > start) {
                hash = (hash ^ WORD_SEPARATOR) * FNV_PRIME;
            }
            hash = ofChars(hash, words.get(i));
        }
        return mix(hash);
    }

    private static long ofChars(long seed, String word) {
        long hash = seed;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** Spreads the bits of {@code value}; the finalizer of SplitMix64. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
