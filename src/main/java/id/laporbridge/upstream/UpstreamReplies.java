package id.laporbridge.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Checks upstream replies: HTTP status, JSON syntax, and error bodies sent with HTTP 200. */
public final class UpstreamReplies {

    /** Exchange property with extra statuses that count as success for one call, e.g. {@code "409"}. */
    public static final String ACCEPT_STATUS = "acceptStatus";

    /**
     * Exchange property set to true by {@link #json} when the reply was not valid UTF-8. Jackson rejects such a
     * reply as a whole, so it is decoded with U+FFFD in place of the bad bytes and the records that contain one
     * are quarantined, while the rest of the page goes on.
     */
    public static final String INVALID_UTF8 = "replyInvalidUtf8";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Throws {@link UpstreamCallFailed} unless the reply status is 2xx or listed in {@link #ACCEPT_STATUS}. */
    public void requireSuccess(Exchange exchange) {
        int status = status(exchange);
        if (status >= 200 && status < 300 || accepted(exchange, status)) {
            return;
        }
        String retryAfter = exchange.getMessage().getHeader("Retry-After", String.class);
        throw new UpstreamCallFailed(status, path(exchange), "HTTP " + status,
                FailureKinds.isTransientStatus(status), seconds(retryAfter));
    }

    public static int status(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return status == null ? 0 : status;
    }

    /** Parses the reply body as JSON; a body that is not JSON is a transient failure of the upstream. */
    public static JsonNode json(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        try {
            if (body == null || body.length == 0) {
                throw new UpstreamCallFailed(status(exchange), path(exchange), "empty reply body", true, null);
            }
            if (!isValidUtf8(body)) {
                exchange.setProperty(INVALID_UTF8, true);
                return JSON.readTree(new String(body, StandardCharsets.UTF_8));
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UpstreamCallFailed(status(exchange), path(exchange),
                    "reply is not valid JSON (" + body.length + " bytes)", true, null);
        }
    }

    /**
     * Throws when the reply is an error body such as {@code {"status":"error"}}; these upstreams send them with
     * HTTP 200, and they are treated as transient.
     */
    public static void requireNoErrorFlag(Exchange exchange, JsonNode reply, String flagPointer, String errorValue) {
        if (flagPointer == null || !reply.isObject()) {
            return;
        }
        JsonNode flag = reply.at(flagPointer);
        if (!flag.isMissingNode() && errorValue.equals(flag.asText())) {
            throw new UpstreamCallFailed(status(exchange), path(exchange), "error reply with HTTP 200", true, null);
        }
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public static String path(Exchange exchange) {
        String path = exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class);
        if (path == null) {
            path = exchange.getProperty(Exchange.TO_ENDPOINT, String.class);
        }
        return path == null ? "" : stripQuery(path);
    }

    private static String stripQuery(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static boolean accepted(Exchange exchange, int status) {
        String accept = exchange.getProperty(ACCEPT_STATUS, String.class);
        return accept != null && Arrays.stream(accept.split(",")).map(String::trim)
                .anyMatch(code -> code.equals(Integer.toString(status)));
    }

    private static Integer seconds(String retryAfter) {
        return retryAfterSeconds(retryAfter, Instant.now());
    }

    /**
     * Reads a Retry-After value, given as seconds or as an HTTP date, as seconds from {@code now}; returns null when
     * the value is missing or unreadable, so that the stepped backoff applies.
     */
    static Integer retryAfterSeconds(String retryAfter, Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        String value = retryAfter.trim();
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant until = ZonedDateTime.parse(value,
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return (int) Math.max(0, Duration.between(now, until).toSeconds());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
