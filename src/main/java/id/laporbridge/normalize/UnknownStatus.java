package id.laporbridge.normalize;

/** A record whose status, or the status of a history entry, is neither mapped nor ignored in the status map. */
public final class UnknownStatus extends RecordRejected {

    private final String status;

    public UnknownStatus(String upstreamId, String field, String rule, String status) {
        super(upstreamId, field, rule);
        this.status = status;
    }

    /** Returns the status value as the upstream sent it. */
    public String status() {
        return status;
    }
}
