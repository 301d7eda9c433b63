package id.laporbridge.normalize;

/**
 * A record that cannot be normalized. It carries the upstream id (null when the id itself is missing), the field and
 * the rule, so that the quarantine can show an operator exactly what to fix.
 */
public class RecordRejected extends RuntimeException {

    private final String upstreamId;
    private final String field;
    private final String rule;

    public RecordRejected(String upstreamId, String field, String rule) {
        super("Rejected record id=" + upstreamId + " field=" + field + ": " + rule);
        this.upstreamId = upstreamId;
        this.field = field;
        this.rule = rule;
    }

    public String upstreamId() {
        return upstreamId;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
