package id.laporbridge.store;

/**
 * One call the bridge must make on an upstream. {@code attemptsBefore} counts the attempts made before the current
 * claim. {@code failedBefore} is true when an earlier attempt failed and its error is kept, which stays true after
 * {@code outbox retry} sets the attempts back to 0.
 */
public record OutboxItem(long id, String destination, String action, String idempotencyKey, String subjectId,
                         String payloadJson, int attemptsBefore, boolean failedBefore) {

    /** Returns true when an earlier attempt may have reached the upstream, so the deliverer reconciles first. */
    public boolean mayHaveReachedUpstream() {
        return attemptsBefore > 0 || failedBefore;
    }

    /** The attempt number of the current claim, counting from 1. */
    public int attempt() {
        return attemptsBefore + 1;
    }
}
