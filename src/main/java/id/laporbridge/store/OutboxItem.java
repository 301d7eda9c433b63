package id.laporbridge.store;

/**
 * One call the bridge must make on an upstream. {@code attemptsBefore} counts the attempts made before the current
 * claim: when it is above zero an earlier attempt may have reached the upstream, so the deliverer reconciles first.
 */
public record OutboxItem(long id, String destination, String action, String idempotencyKey, String subjectId,
                         String payloadJson, int attemptsBefore) {

    public boolean mayHaveReachedUpstream() {
        return attemptsBefore > 0;
    }

    /** The attempt number of the current claim, counting from 1. */
    public int attempt() {
        return attemptsBefore + 1;
    }
}
