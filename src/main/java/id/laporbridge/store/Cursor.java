package id.laporbridge.store;

import java.time.Instant;
import java.util.Comparator;

/**
 * A position in a listing ordered by update time, then upstream id. Ids made only of digits compare as numbers,
 * as the upstreams order them.
 */
public record Cursor(Instant updatedAt, String upstreamId) implements Comparable<Cursor> {

    private static final Comparator<String> IDS = Comparator
            .comparingInt((String id) -> id.matches("\\d+") ? id.length() : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    @Override
    public int compareTo(Cursor other) {
        int byTime = updatedAt.compareTo(other.updatedAt);
        return byTime != 0 ? byTime : IDS.compare(upstreamId, other.upstreamId);
    }
}
