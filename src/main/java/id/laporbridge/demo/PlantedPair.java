package id.laporbridge.demo;

/**
 * A near-duplicate that the generator planted on purpose.
 *
 * @param originalKey key of the complaint that was copied
 * @param duplicateKey key of the copy
 * @param variant how the copy was changed
 */
public record PlantedPair(String originalKey, String duplicateKey, ResendVariant variant) {
}
