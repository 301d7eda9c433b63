package id.laporbridge.mock;

import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an HTTP request that the handlers read, decoded as UTF-8.
 *
 * @param query the query parameters; the first value wins when a name repeats
 * @param form the fields of an {@code application/x-www-form-urlencoded} body, else empty
 * @param body the body as UTF-8 text, or null when it is empty
 * @param authorization the {@code Authorization} header, or null
 */
record IncomingRequest(
        String method, String path, Map<String, String> query, Map<String, String> form, String body,
        String authorization) {

    static IncomingRequest from(Request request) {
        String url = request.getUrl();
        int questionMark = url.indexOf('?');
        String path = questionMark < 0 ? url : url.substring(0, questionMark);
        String rawQuery = questionMark < 0 ? "" : url.substring(questionMark + 1);
        String body = bodyText(request.getBody());
        Map<String, String> form = isForm(request.getHeader("Content-Type")) ? decodePairs(body) : Map.of();
        return new IncomingRequest(
                request.getMethod().getName(), path, decodePairs(rawQuery), form, body,
                request.getHeader("Authorization"));
    }

    private static String bodyText(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Decodes {@code a=1&b=2} pairs; a name without {@code =} gets an empty value. */
    static Map<String, String> decodePairs(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.putIfAbsent(decode(name), decode(value));
        }
        return Collections.unmodifiableMap(pairs);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
