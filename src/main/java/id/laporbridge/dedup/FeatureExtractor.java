package id.laporbridge.dedup;

import java.util.List;

/** Computes the stored features of a text: normalization, shingles, MinHash signature and LSH buckets. */
final class FeatureExtractor {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final LshBands bands;

    FeatureExtractor(DedupSettings settings) {
        shingler = new Shingler(settings.shingleSize());
        minHasher = new MinHasher(settings.hashCount(), settings.seed());
        bands = new LshBands(settings.hashCount(), settings.bands());
    }

    TextFeatures extract(String text) {
        List<String> words = normalizer.words(text);
        long[] shingles = shingler.shingles(words);
        long[] bucketKeys = shingles.length == 0 ? new long[0] : bands.bucketKeys(minHasher.signature(shingles));
        long textHash = words.isEmpty() ? 0 : TextHash.ofWords(words, 0, words.size());
        return new TextFeatures(textHash, shingles, Shingler.terms(words), bucketKeys);
    }

    /** Recomputes the bucket keys of stored shingles, to remove them from the index. */
    TextFeatures fromShingles(long[] shingles, long[] terms) {
        long[] bucketKeys = shingles.length == 0 ? new long[0] : bands.bucketKeys(minHasher.signature(shingles));
        return new TextFeatures(0, shingles, terms, bucketKeys);
    }
}
