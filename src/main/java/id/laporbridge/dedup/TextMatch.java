package id.laporbridge.dedup;

/**
 * An indexed complaint whose text matches the checked one.
 *
 * @param candidate the indexed complaint
 * @param jaccard Jaccard similarity of the shingle sets
 * @param containment share of the smaller shingle set found in the larger one
 */
record TextMatch(IndexedText candidate, double jaccard, double containment) {

    double score() {
        return Math.max(jaccard, containment);
    }
}
