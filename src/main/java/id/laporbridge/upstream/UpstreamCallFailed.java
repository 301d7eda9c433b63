package id.laporbridge.upstream;

/**
 * An upstream call that did not succeed. It keeps the HTTP status (0 when there was no reply), the request path,
 * a short reason without any body, and whether trying again later may succeed.
 */
public class UpstreamCallFailed extends RuntimeException {

    private final int status;
    private final String path;
    private final String reason;
    private final boolean transientFailure;
    private final Integer retryAfterSeconds;

    public UpstreamCallFailed(int status, String path, String reason, boolean transientFailure,
                              Integer retryAfterSeconds) {
        super("Upstream call failed status=" + status + " path=" + path + " reason=" + reason);
        this.status = status;
        this.path = path;
        this.reason = reason;
        this.transientFailure = transientFailure;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
