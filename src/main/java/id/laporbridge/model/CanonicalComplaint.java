package id.laporbridge.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One upstream record in the bridge's own terms. Text fields are kept exactly as received; {@code reporter} is null
 * whenever the complaint is anonymous, so no later stage can pass the identity on.
 */
public record CanonicalComplaint(
        String source,
        String upstreamId,
        Instant createdAt,
        Instant updatedAt,
        String status,
        String stage,
        String title,
        String body,
        String classification,
        String categoryCode,
        String orgCode,
        String channel,
        boolean anonymous,
        boolean secret,
        Reporter reporter,
        Location location,
        String refSp4n,
        List<StatusEvent> history,
        List<Message> messages,
        String contentHash,
        JsonNode raw) {

    public CanonicalComplaint {
        history = List.copyOf(history);
        messages = List.copyOf(messages);
    }
}
