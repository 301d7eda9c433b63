package id.laporbridge.model;

import java.time.Instant;

/** A status the upstream reported for a complaint, at the upstream's own time. */
public record StatusEvent(String status, String stage, Instant at) {
}
