package id.laporbridge.normalize;

import java.time.Instant;

/** The id and update time of a raw record, read without normalizing the rest of it. */
public record ListedPosition(String upstreamId, Instant updatedAt) {
}
