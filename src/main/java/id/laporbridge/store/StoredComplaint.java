package id.laporbridge.store;

import java.time.Instant;

/** The current state of one stored upstream record, as the deliver stage reads it to write the other side. */
public record StoredComplaint(long id, String source, String upstreamId, Instant createdAt, String status,
                              String title, String body, String classification, String categoryCode, String orgCode,
                              boolean anonymous, boolean secret, String reporterJson, String locationJson) {
}
