package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the SP4N-LAPOR! contract: every method is a POST with a form body that carries
 * {@code KEYTOKEN}, under {@code /api/services/f01/} and {@code /api/services/f02/}.
 */
final class Sp4nApi implements MockApi {

    static final String PATH_PREFIX = "/api/services/";
    private static final String KEYTOKEN = "KEYTOKEN";

    private final Sp4nState state;
    private final Set<String> keytokens;
    private final int maxLimit;
    private final InjectedFaults faults;

    Sp4nApi(Sp4nState state, Set<String> keytokens, int maxLimit, InjectedFaults faults) {
        this.state = state;
        this.faults = faults;
        this.keytokens = Set.copyOf(keytokens);
        this.maxLimit = maxLimit;
    }

    @Override
    public Reply handle(IncomingRequest request) {
        Instant receivedAt = state.now();
        Reply reply = faults.apply(request.path(), () -> respond(request));
        state.record(new RecordedCall(
                request.method(), request.path(), masked(request.form()), null, reply.status(), receivedAt));
        return reply;
    }

    private Reply respond(IncomingRequest request) {
        String method = request.path().substring(PATH_PREFIX.length());
        if (!isKnown(method)) {
            return Reply.sp4nError(404, "unknown SP4N method: " + request.path());
        }
        if (!"POST".equals(request.method())) {
            return Reply.sp4nError(405, "SP4N methods take POST, got " + request.method());
        }
        String keytoken = request.form().get(KEYTOKEN);
        if (keytoken == null || !keytokens.contains(keytoken)) {
            return Reply.sp4nError(401, "KEYTOKEN is missing or invalid");
        }
        try {
            return dispatch(method, request.form());
        } catch (InvalidRequestException e) {
            return Reply.sp4nError(e.status(), e.getMessage());
        }
    }

    private static boolean isKnown(String method) {
        return List.of("f01/gettopics", "f01/getinstitutions", "f01/getcomplaints", "f01/getcomplaint",
                "f02/addfollowup", "f02/rejectdisposition").contains(method);
    }

    private Reply dispatch(String method, Map<String, String> form) {
        return switch (method) {
            case "f01/gettopics" -> Reply.ok(Json.arrayOf(state.topics()));
            case "f01/getinstitutions" -> Reply.ok(Json.arrayOf(state.institutions()));
            case "f01/getcomplaints" -> complaints(form);
            case "f01/getcomplaint" -> complaint(form);
            case "f02/addfollowup" -> addFollowup(form);
            default -> rejectDisposition(form);
        };
    }

    /** Serves one page; a {@code limit} above the maximum is clamped to it, and the reply shows the clamped value. */
    private Reply complaints(Map<String, String> form) {
        String institutionId = RequestValues.required(form, "institution_id");
        LocalDateTime since = updatedSince(form.get("updated_since"));
        int page = RequestValues.positiveInt(form, "page", 1);
        int limit = Math.min(RequestValues.positiveInt(form, "limit", maxLimit), maxLimit);
        Page result = state.complaintsPage(institutionId, since, page, limit);
        ObjectNode body = Json.object().put("page", page).put("limit", limit).put("total", result.total());
        body.set("data", Json.arrayOf(result.items()));
        return Reply.ok(body);
    }

    private static LocalDateTime updatedSince(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return MockTime.parseSp4n(text).orElseThrow(() -> new InvalidRequestException(400, "updated_since",
                "updated_since must look like 2026-03-01 08:15:00, got '" + text + "'"));
    }

    private Reply complaint(Map<String, String> form) {
        String trackingId = RequestValues.required(form, "tracking_id");
        ObjectNode complaint = state.complaint(trackingId);
        if (complaint == null) {
            return Reply.sp4nError(404, "complaint not found: tracking_id=" + trackingId);
        }
        return Reply.ok(complaint);
    }

    private Reply addFollowup(Map<String, String> form) {
        String trackingId = RequestValues.required(form, "tracking_id");
        String content = RequestValues.required(form, "content");
        Optional<String> followupId = state.addFollowup(trackingId, content, form.get("client_ref"));
        if (followupId.isEmpty()) {
            return Reply.sp4nError(200, "complaint not found: tracking_id=" + trackingId);
        }
        return Reply.ok(Json.object().put("status", "ok").put("followup_id", followupId.get()));
    }

    private Reply rejectDisposition(Map<String, String> form) {
        String trackingId = RequestValues.required(form, "tracking_id");
        String reason = RequestValues.required(form, "reason");
        if (!state.rejectDisposition(trackingId, reason)) {
            return Reply.sp4nError(200, "complaint not found: tracking_id=" + trackingId);
        }
        return Reply.ok(Json.object().put("status", "ok"));
    }


    private static Map<String, String> masked(Map<String, String> form) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.computeIfPresent(KEYTOKEN, (name, value) -> RecordedCall.MASK);
        return copy;
    }
}
