package id.laporbridge.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.StatusMap;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.model.Digests;
import id.laporbridge.model.Location;
import id.laporbridge.model.Message;
import id.laporbridge.model.Reporter;
import id.laporbridge.model.StatusEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.laporbridge.normalize.JsonFields.flag;
import static id.laporbridge.normalize.JsonFields.node;
import static id.laporbridge.normalize.JsonFields.text;

/**
 * Turns one raw upstream record into a {@link CanonicalComplaint}, following the upstream's profile. A record that
 * breaks a rule is rejected with a {@link RecordRejected} naming the field and the rule.
 */
public final class ComplaintNormalizer {

    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

    /** Default of bridge.normalize.max-text-bytes. */
    public static final int DEFAULT_MAX_TEXT_BYTES = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintNormalizer.class);

    private final UpstreamProfile profile;
    private final StatusMap statusMap;
    private final InstantParser instants;
    private final RecordChecks checks;
    private final UnknownStatuses unknownStatuses;

    public ComplaintNormalizer(UpstreamProfile profile, StatusMap statusMap) {
        this(profile, statusMap, DEFAULT_MAX_TEXT_BYTES, new UnknownStatuses());
    }

    public ComplaintNormalizer(UpstreamProfile profile, StatusMap statusMap, int maxTextBytes,
                               UnknownStatuses unknownStatuses) {
        this.profile = profile;
        this.statusMap = statusMap;
        this.instants = new InstantParser(profile.timeZone());
        this.checks = new RecordChecks(maxTextBytes);
        this.unknownStatuses = unknownStatuses;
    }

    public CanonicalComplaint normalize(JsonNode raw) {
        return normalize(raw, false);
    }

    /**
     * Normalizes a record; {@code fromDamagedReply} says that the reply it came in was not valid UTF-8, so that
     * the record is rejected when one of its strings lost bytes in decoding.
     */
    public CanonicalComplaint normalize(JsonNode raw, boolean fromDamagedReply) {
        String id = requiredText(raw, null, "id");
        checks.requirePathSafeId(id, fieldName("id"));
        if (fromDamagedReply) {
            checks.requireDecodedCleanly(id, raw);
        }
        String status = requiredText(raw, id, "status");
        String stage = stageOf(id, "status", status);
        Instant createdAt = requiredInstant(raw, id, "created-at");
        Instant updatedAt = updatedAt(raw, id, createdAt);
        checks.requireWithinLimit(id, fieldName("title"), field(raw, "title"));
        checks.requireWithinLimit(id, fieldName("body"), field(raw, "body"));
        boolean anonymous = Boolean.TRUE.equals(flag(raw, profile.pointer("anonymous")));
        boolean secret = Boolean.TRUE.equals(flag(raw, profile.pointer("secret")));
        return new CanonicalComplaint(profile.source(), id, createdAt, updatedAt, status, stage,
                field(raw, "title"), field(raw, "body"), field(raw, "classification"), field(raw, "category"),
                field(raw, "org"), field(raw, "channel"), anonymous, secret,
                anonymous ? null : reporter(raw), location(raw), field(raw, "ref-sp4n"),
                history(raw, id, status, stage, updatedAt), messages(raw, id), contentHash(raw), raw);
    }

    /**
     * Reads only a record's id and update time, as {@link #normalize} would. Returns null when either is missing or
     * unreadable, so that {@link #normalize} names the rule the record breaks. It also returns null for a record
     * without an update time, because the creation time that {@link #normalize} uses in its place stays the same when
     * the record changes.
     */
    public ListedPosition position(JsonNode raw) {
        String id = field(raw, "id");
        String updated = field(raw, "updated-at");
        if (id == null || id.isBlank() || updated == null || updated.isBlank()) {
            return null;
        }
        try {
            return new ListedPosition(id, instants.parse(updated));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads the update time; a record without one is read as updated when it was created. */
    private Instant updatedAt(JsonNode raw, String id, Instant createdAt) {
        String value = field(raw, "updated-at");
        if (value == null || value.isBlank()) {
            LOG.warn("Record has no update time, its creation time is used source={} id={} field={}",
                    profile.source(), id, fieldName("updated-at"));
            return createdAt;
        }
        return instant(id, fieldName("updated-at"), value);
    }

    private String field(JsonNode raw, String name) {
        return text(raw, profile.pointer(name));
    }

    private String requiredText(JsonNode raw, String id, String name) {
        String value = field(raw, name);
        if (value == null || value.isBlank()) {
            throw new RecordRejected(id, fieldName(name), "is missing or empty");
        }
        return value;
    }

    private Instant requiredInstant(JsonNode raw, String id, String name) {
        return instant(id, fieldName(name), requiredText(raw, id, name));
    }

    private Instant instant(String id, String field, String value) {
        try {
            return instants.parse(value);
        } catch (DateTimeException e) {
            throw new RecordRejected(id, field, "is not a date-time in a known form (" + value.length()
                    + " characters, see the raw record)");
        }
    }

    private String stageOf(String id, String field, String status) {
        return statusMap.stageOf(profile.source(), status).orElseThrow(() -> {
            unknownStatuses.seen(profile.source(), status);
            return new UnknownStatus(id, field,
                    "status '" + status + "' is not in the " + profile.source() + " status map", status);
        });
    }

    private Reporter reporter(JsonNode raw) {
        if (node(raw, profile.pointer("reporter")) == null) {
            return null;
        }
        return new Reporter(field(raw, "reporter-name"), field(raw, "reporter-email"), field(raw, "reporter-phone"),
                field(raw, "reporter-nik"));
    }

    private Location location(JsonNode raw) {
        Location location = new Location(field(raw, "location-kapanewon"), field(raw, "location-kalurahan"),
                field(raw, "location-address"), field(raw, "location-lat"), field(raw, "location-lng"));
        return location.isEmpty() ? null : location;
    }

    private List<StatusEvent> history(JsonNode raw, String id, String status, String stage, Instant updatedAt) {
        UpstreamProfile.HistoryLayout layout = profile.history();
        JsonNode entries = layout == null ? null : node(raw, layout.array());
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            return List.of(new StatusEvent(status, stage, updatedAt));
        }
        List<StatusEvent> events = new ArrayList<>();
        for (JsonNode entry : entries) {
            String field = historyStatusField();
            String entryStatus = text(entry, layout.status());
            if (entryStatus == null) {
                throw new RecordRejected(id, field, "is missing");
            }
            String atText = text(entry, layout.at());
            Instant at = atText == null ? updatedAt : instant(id, field, atText);
            events.add(new StatusEvent(entryStatus, stageOf(id, field, entryStatus), at));
        }
        return events;
    }

    private List<Message> messages(JsonNode raw, String id) {
        UpstreamProfile.MessageLayout layout = profile.messages();
        JsonNode entries = layout == null ? null : node(raw, layout.array());
        if (entries == null || !entries.isArray()) {
            return List.of();
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode entry : entries) {
            String field = layout.array().substring(1) + "[]";
            String messageId = text(entry, layout.id());
            if (messageId == null || messageId.isBlank()) {
                throw new RecordRejected(id, messageField(layout.id()), "is missing");
            }
            String createdText = text(entry, layout.createdAt());
            Instant createdAt = createdText == null ? null : instant(id, field, createdText);
            checks.requireWithinLimit(id, messageField(layout.body()), text(entry, layout.body()));
            messages.add(new Message(messageId, text(entry, layout.kind()), text(entry, layout.body()),
                    text(entry, layout.author()), createdAt, text(entry, layout.clientRef())));
        }
        return messages;
    }

    /**
     * Returns the upstream's own name of a canonical field, as this normalizer's rejections name it. Besides the
     * record fields of the profile it accepts {@code location}, {@code history-status}, {@code message-id},
     * {@code message-kind}, {@code message-body}, {@code message-author}, {@code message-client-ref}, and
     * {@code record} for the record as a whole. An unknown name is returned as it is.
     */
    public String upstreamField(String canonicalField) {
        UpstreamProfile.MessageLayout messages = profile.messages();
        return switch (canonicalField) {
            case "record" -> "(record)";
            case "location" -> locationField();
            case "history-status" -> historyStatusField();
            case "message-id" -> messages == null ? canonicalField : messageField(messages.id());
            case "message-kind" -> messages == null ? canonicalField : messageField(messages.kind());
            case "message-body" -> messages == null ? canonicalField : messageField(messages.body());
            case "message-author" -> messages == null ? canonicalField : messageField(messages.author());
            case "message-client-ref" -> messages == null ? canonicalField : messageField(messages.clientRef());
            default -> fieldName(canonicalField);
        };
    }

    /** Names a field of a message entry, such as {@code tanggapan[].oleh}. */
    private String messageField(String pointer) {
        String array = profile.messages().array().substring(1) + "[]";
        return pointer == null ? array : array + "." + pointer.substring(1);
    }

    /** Names the status of a history entry, or the record's status when the profile has no history array. */
    private String historyStatusField() {
        UpstreamProfile.HistoryLayout layout = profile.history();
        if (layout == null) {
            return fieldName("status");
        }
        return fieldName("history") + "[]." + layout.status().substring(1);
    }

    /** Names the object that contains the location fields, such as {@code lokasi}. */
    private String locationField() {
        String pointer = profile.pointer("location-kapanewon");
        if (pointer == null || pointer.lastIndexOf('/') <= 0) {
            return "location";
        }
        return pointer.substring(1, pointer.lastIndexOf('/'));
    }

    /** Returns the upstream's own name of a canonical field, for error messages an operator can act on. */
    private String fieldName(String name) {
        String pointer = profile.pointer(name);
        if (pointer == null && "history".equals(name) && profile.history() != null) {
            pointer = profile.history().array();
        }
        return pointer == null ? name : pointer.substring(1);
    }

    /**
     * Hashes the record without its update time, so that the same content arriving again with only a new
     * {@code updated_at} is recognised as unchanged.
     */
    private String contentHash(JsonNode raw) {
        JsonNode copy = raw.deepCopy();
        String updatedPointer = profile.pointer("updated-at");
        if (copy instanceof ObjectNode object && updatedPointer != null && updatedPointer.lastIndexOf('/') == 0) {
            object.remove(updatedPointer.substring(1));
        }
        try {
            return Digests.sha256(SORTED.writeValueAsBytes(copy));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Failed to hash a record", e);
        }
    }
}
