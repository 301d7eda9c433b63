package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of the SP4N-LAPOR! mock: complaints in the contract's JSON shape, topics, institutions
 * and the calls received.
 *
 * <p>Thread-safe: every method holds this object's lock. Complaints go in and come out as deep
 * copies, so a caller never shares a tree with the server. Methods that change a complaint throw
 * {@link IllegalArgumentException} for an unknown tracking id.
 */
public final class Sp4nState {

    private final MockTime time;
    private final Map<String, ObjectNode> complaints = new HashMap<>();
    private final List<ObjectNode> topics = new ArrayList<>();
    private final List<ObjectNode> institutions = new ArrayList<>();
    private final List<ObjectNode> rejectDispositionCalls = new ArrayList<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private int addFollowupCalls;
    private long nextFollowupId = 1;

    Sp4nState(MockTime time) {
        this.time = time;
    }

    /** Adds a complaint or replaces the one with the same {@code tracking_id}, as given. */
    public synchronized void putComplaint(ObjectNode complaint) {
        String trackingId = Json.text(complaint, "tracking_id");
        if (trackingId == null || trackingId.isBlank()) {
            throw new IllegalArgumentException("complaint has no tracking_id");
        }
        complaints.put(trackingId, complaint.deepCopy());
        reserveFollowupIds(complaint.get("followups"));
    }

    /** Returns a copy of the complaint, or null when the tracking id is unknown. */
    public synchronized ObjectNode complaint(String trackingId) {
        ObjectNode complaint = complaints.get(trackingId);
        return complaint == null ? null : complaint.deepCopy();
    }

    /** Returns copies of all complaints in getcomplaints order. */
    public synchronized List<ObjectNode> complaints() {
        return complaints.values().stream().sorted(Sp4nOrder.COMPLAINTS).map(ObjectNode::deepCopy).toList();
    }

    /** Sets {@code updated_at} to the mock clock's current SP4N time. */
    public synchronized void touch(String trackingId) {
        stored(trackingId).put("updated_at", time.sp4nNow());
    }

    /** Returns a copy of the complaint's followups, oldest first. */
    public synchronized ArrayNode followups(String trackingId) {
        return Json.arrayField(stored(trackingId), "followups").deepCopy();
    }

    /** Counts the addfollowup calls that stored a followup, repeated client_ref values included. */
    public synchronized int addFollowupCalls() {
        return addFollowupCalls;
    }

    /** Returns the stored rejectdisposition calls as {@code {"tracking_id","reason","at"}}. */
    public synchronized List<ObjectNode> rejectDispositionCalls() {
        return rejectDispositionCalls.stream().map(ObjectNode::deepCopy).toList();
    }

    /** Adds a reply of the reporter, sets status {@code DITANGGAPI_PELAPOR} and touches the complaint. */
    public synchronized void addReporterReply(String trackingId, String content) {
        ObjectNode complaint = stored(trackingId);
        appendFollowup(complaint, "pelapor", content, null);
        complaint.put("status", "DITANGGAPI_PELAPOR");
        touch(trackingId);
    }

    /** Sets the status and touches the complaint. */
    public synchronized void setStatus(String trackingId, String status) {
        stored(trackingId).put("status", Objects.requireNonNull(status, "status"));
        touch(trackingId);
    }

    /**
     * Disposes the complaint to another institution: appends to {@code dispositions}, sets
     * {@code institution_id}, sets status {@code TERDISPOSISI} and touches the complaint.
     */
    public synchronized void redispose(String trackingId, String institutionId, String reason) {
        ObjectNode complaint = stored(trackingId);
        Json.arrayField(complaint, "dispositions").addObject()
                .put("institution_id", institutionId)
                .put("at", time.sp4nNow())
                .put("reason", reason);
        complaint.put("institution_id", institutionId);
        complaint.put("status", "TERDISPOSISI");
        touch(trackingId);
    }

    /** Returns every request received on the SP4N paths, oldest first. */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /** Returns copies of the topics that gettopics serves. */
    public synchronized List<ObjectNode> topics() {
        return topics.stream().map(ObjectNode::deepCopy).toList();
    }

    /** Returns copies of the institutions that getinstitutions serves. */
    public synchronized List<ObjectNode> institutions() {
        return institutions.stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized void addTopics(List<ObjectNode> added) {
        added.forEach(topic -> topics.add(topic.deepCopy()));
    }

    synchronized void addInstitutions(List<ObjectNode> added) {
        added.forEach(institution -> institutions.add(institution.deepCopy()));
    }

    /** Returns one page of the institution's complaints updated at or after {@code since} (null: all). */
    synchronized Page complaintsPage(String institutionId, LocalDateTime since, int page, int limit) {
        List<ObjectNode> matching = complaints.values().stream()
                .filter(complaint -> institutionId.equals(Json.text(complaint, "institution_id")))
                .filter(complaint -> since == null || !Sp4nOrder.updatedAt(complaint).isBefore(since))
                .sorted(Sp4nOrder.COMPLAINTS)
                .map(ObjectNode::deepCopy)
                .toList();
        return Page.of(matching, page, limit);
    }

    /**
     * Stores a followup of the institution, sets status {@code DITINDAKLANJUTI} and touches the
     * complaint. Returns the followup id, or empty when the tracking id is unknown.
     */
    synchronized Optional<String> addFollowup(String trackingId, String content, String clientRef) {
        ObjectNode complaint = complaints.get(trackingId);
        if (complaint == null) {
            return Optional.empty();
        }
        String followupId = appendFollowup(complaint, "instansi", content, clientRef);
        complaint.put("status", "DITINDAKLANJUTI");
        touch(trackingId);
        addFollowupCalls++;
        return Optional.of(followupId);
    }

    /** Records the call, sets status {@code BUKAN_WEWENANG} and touches; false when the id is unknown. */
    synchronized boolean rejectDisposition(String trackingId, String reason) {
        ObjectNode complaint = complaints.get(trackingId);
        if (complaint == null) {
            return false;
        }
        rejectDispositionCalls.add(Json.object()
                .put("tracking_id", trackingId)
                .put("reason", reason)
                .put("at", time.sp4nNow()));
        complaint.put("status", "BUKAN_WEWENANG");
        touch(trackingId);
        return true;
    }

    /** Returns the mock clock's current time. */
    Instant now() {
        return time.now();
    }

    synchronized void record(RecordedCall call) {
        calls.add(call);
    }

    private String appendFollowup(ObjectNode complaint, String authorType, String content, String clientRef) {
        String followupId = String.valueOf(nextFollowupId++);
        Json.arrayField(complaint, "followups").addObject()
                .put("id", followupId)
                .put("author_type", authorType)
                .put("content", content)
                .put("created_at", time.sp4nNow())
                .put("client_ref", clientRef);
        return followupId;
    }

    /** Keeps new followup ids above the numeric ids that a seeded or put complaint already has. */
    private void reserveFollowupIds(JsonNode followups) {
        if (followups == null || !followups.isArray()) {
            return;
        }
        for (JsonNode followup : followups) {
            String id = Json.text(followup, "id");
            if (id != null && id.matches("\\d{1,18}")) {
                nextFollowupId = Math.max(nextFollowupId, Long.parseLong(id) + 1);
            }
        }
    }

    private ObjectNode stored(String trackingId) {
        ObjectNode complaint = complaints.get(trackingId);
        if (complaint == null) {
            throw new IllegalArgumentException("SP4N complaint not found: tracking_id=" + trackingId);
        }
        return complaint;
    }
}
