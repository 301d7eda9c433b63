package id.laporbridge.decide;

/**
 * The client_ref values the bridge writes on the messages it posts. They are derived only from upstream ids, so the
 * same answer always gets the same client_ref, and their prefix marks them as the bridge's own.
 */
public final class ClientRefs {

    private final String prefix;

    public ClientRefs(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("client_ref prefix must not be empty");
        }
        this.prefix = prefix + ":";
    }

    public String forTanggapan(String aduanId, String tanggapanId) {
        return prefix + "tanggapan:" + aduanId + ":" + tanggapanId;
    }

    /** Returns the client_ref of a reporter reply carried from an SP4N-LAPOR! follow-up to the aduan. */
    public String forFollowup(String trackingId, String followupId) {
        return prefix + "followup:" + trackingId + ":" + followupId;
    }

    public boolean isBridge(String clientRef) {
        return clientRef != null && clientRef.startsWith(prefix);
    }
}
