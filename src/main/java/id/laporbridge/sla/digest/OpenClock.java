package id.laporbridge.sla.digest;

import java.time.Instant;

/** A running clock with the complaint it belongs to, as the digest counts it. */
record OpenClock(String opdCode, long complaintId, String complaintKey, Instant filedAt, Instant dueSoonAt,
                 Instant deadline) {

    boolean isBreachedAt(Instant now) {
        return deadline != null && deadline.isBefore(now);
    }

    boolean isApproachingAt(Instant now) {
        return dueSoonAt != null && !dueSoonAt.isAfter(now) && !isBreachedAt(now);
    }
}
