package id.laporbridge.dedup;

/**
 * Index features of one text.
 *
 * @param textHash hash of the normalized words, to notice a changed text
 * @param shingles sorted distinct shingle hashes
 * @param terms sorted distinct word hashes
 * @param bucketKeys one LSH bucket key per band
 */
record TextFeatures(long textHash, long[] shingles, long[] terms, long[] bucketKeys) {
}
