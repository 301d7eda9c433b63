package id.laporbridge.dedup;

/**
 * Row counts of the duplicate index and link tables.
 *
 * @param texts indexed complaint texts ({@code dedup_text})
 * @param bandRows LSH band rows, one per text and band ({@code dedup_band})
 * @param terms distinct words counted ({@code dedup_term})
 * @param links recorded duplicate and similar links ({@code duplicate_link})
 */
public record IndexCounts(long texts, long bandRows, long terms, long links) {
}
