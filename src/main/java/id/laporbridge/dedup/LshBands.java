package id.laporbridge.dedup;

/**
 * Splits a MinHash signature into bands and hashes each band into one bucket key.
 *
 * <p>Two sets share at least one bucket with probability {@code 1 - (1 - s^r)^b} for Jaccard similarity
 * s, b bands and r rows per band. The band number sits in the top 8 bits of the key, so equal band
 * contents in different bands never share a bucket.
 */
public final class LshBands {

    static final int MAX_BANDS = 255;
    private static final long HASH_BITS = 0x00ff_ffff_ffff_ffffL;

    private final int bands;
    private final int rowsPerBand;

    public LshBands(int hashCount, int bands) {
        if (bands < 1 || bands > MAX_BANDS || hashCount % bands != 0) {
            throw new IllegalArgumentException("Invalid LSH band count " + bands + " for " + hashCount
                    + " hash functions: use 1 to " + MAX_BANDS + " bands that divide the hash count");
        }
        this.bands = bands;
        this.rowsPerBand = hashCount / bands;
    }

    /** Returns one bucket key per band of {@code signature}. */
    public long[] bucketKeys(long[] signature) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long hash = band;
            for (int row = 0; row < rowsPerBand; row++) {
                hash = TextHash.mix(hash * 31 + signature[band * rowsPerBand + row]);
            }
            keys[band] = ((long) band << 56) | (hash & HASH_BITS);
        }
        return keys;
    }

    public int rowsPerBand() {
        return rowsPerBand;
    }
}
