package id.laporbridge.store;

import java.time.Instant;

/** One outbox item as an operator sees it: its state and last error, without the payload. */
public record OutboxEntry(long id, String destination, String action, String subjectId, String state, int attempts,
                          Instant nextAttemptAt, Integer lastErrorStatus, String lastErrorUri,
                          String lastErrorReason) {
}
