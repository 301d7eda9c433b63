package id.laporbridge.store;

import java.time.Instant;

/** One row of the quarantine without its raw JSON, which may contain the reporter's identity. */
public record QuarantinedRecord(long id, String source, String upstreamId, String field, String rule, int seenCount,
                                Instant firstSeenAt, Instant lastSeenAt) {
}
