package id.laporbridge.dedup;

/** Exact similarity of two sets given as sorted arrays of distinct hashes. */
public final class SetSimilarity {

    private SetSimilarity() {
    }

    /** Returns |A ∩ B| / |A ∪ B|; 0 when both sets are empty. */
    public static double jaccard(long[] left, long[] right) {
        int shared = intersectionSize(left, right);
        int union = left.length + right.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Returns |A ∩ B| divided by the size of the smaller set; 0 when either set is empty. */
    public static double containment(long[] left, long[] right) {
        int smaller = Math.min(left.length, right.length);
        return smaller == 0 ? 0 : (double) intersectionSize(left, right) / smaller;
    }

    /** Returns the elements present in both sorted arrays, sorted. */
    public static long[] intersection(long[] left, long[] right) {
        long[] shared = new long[Math.min(left.length, right.length)];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                shared[count++] = left[i];
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return java.util.Arrays.copyOf(shared, count);
    }

    static int intersectionSize(long[] left, long[] right) {
        return intersection(left, right).length;
    }
}
