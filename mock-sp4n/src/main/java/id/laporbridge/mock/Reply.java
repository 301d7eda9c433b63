package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An HTTP status, extra response headers and the JSON body of a handler's response, plus how an injected fault
 * changes the way it travels ({@link Transport#NORMAL} when nothing does).
 */
record Reply(int status, JsonNode body, Map<String, String> headers, Transport transport) {

    Reply {
        headers = Map.copyOf(headers);
    }

    Reply(int status, JsonNode body, Map<String, String> headers) {
        this(status, body, headers, Transport.NORMAL);
    }

    Reply(int status, JsonNode body) {
        this(status, body, Map.of());
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    /** Returns a copy of this reply that travels as {@code transport} says. */
    Reply travelling(Transport transport) {
        return new Reply(status, body, headers, transport);
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

    /**
     * How a reply travels: a delay before the response, a body sent in two chunks with a pause between them, a
     * connection reset in place of a response, or raw body bytes in place of the JSON body. Null means unchanged.
     */
    record Transport(boolean connectionReset, Integer fixedDelayMillis, Integer stallMillis, byte[] rawBody) {

        static final Transport NORMAL = new Transport(false, null, null, null);

        static Transport reset() {
            return new Transport(true, null, null, null);
        }

        static Transport delayed(int millis) {
            return new Transport(false, millis, null, null);
        }

        static Transport stalled(int millis) {
            return new Transport(false, null, millis, null);
        }

        static Transport raw(byte[] body) {
            return new Transport(false, null, null, body.clone());
        }
    }
}
