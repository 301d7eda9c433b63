package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An HTTP status, extra response headers and the JSON body of a handler's response. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    Reply {
        headers = Map.copyOf(headers);
    }

    Reply(int status, JsonNode body) {
        this(status, body, Map.of());
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    /** Returns a reply whose body is {@code {"status":"error","message":…}}, the SP4N error shape. */
    static Reply sp4nError(int status, String message) {
        ObjectNode body = Json.object().put("status", "error").put("message", message);
        return new Reply(status, body);
    }

    /** Returns a reply whose body is {@code {"error":…,"message":…}}, the Lapor Bantul error shape. */
    static Reply laporBantulError(int status, String error, String message) {
        ObjectNode body = Json.object().put("error", error).put("message", message);
        return new Reply(status, body);
    }

    /** Returns a Lapor Bantul error reply that names the offending field. */
    static Reply laporBantulError(int status, String error, String field, String message) {
        ObjectNode body = Json.object().put("error", error).put("field", field).put("message", message);
        return new Reply(status, body);
    }
}
