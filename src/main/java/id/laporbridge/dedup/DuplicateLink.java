package id.laporbridge.dedup;

/**
 * A recorded match between a complaint and an earlier indexed one.
 *
 * @param complaintId the complaint that was checked
 * @param otherId the indexed complaint it matches
 * @param score the higher of shingle Jaccard similarity and containment, from 0 to 1
 * @param kind duplicate or similar
 * @param reason why the pair got its kind, in words an operator reads
 */
public record DuplicateLink(long complaintId, long otherId, double score, LinkKind kind, String reason) {
}
