package id.laporbridge.model;

import java.time.Instant;

/**
 * An answer, follow-up or reporter reply on a complaint. {@code kind} is the upstream's own value (for example
 * {@code akhir} or {@code instansi}); {@code clientRef} is set when a client such as the bridge posted it.
 */
public record Message(String upstreamId, String kind, String body, String author, Instant createdAt,
                      String clientRef) {

    @Override
    public String toString() {
        return "Message[upstreamId=" + upstreamId + ", kind=" + kind + ", clientRef=" + clientRef + "]";
    }
}
