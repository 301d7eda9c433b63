package id.laporbridge.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules on raw values that hold for every upstream: ids safe in a URL path, text within a byte limit. */
final class RecordChecks {

    /** Letters, digits and the unreserved characters of RFC 3986, which need no escaping in a URL path. */
    private static final Pattern PATH_SAFE_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    /** U+FFFD, which a decoder puts in place of bytes that are not valid UTF-8. */
    static final char REPLACEMENT = '\uFFFD';

    private final int maxTextBytes;

    RecordChecks(int maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    void requirePathSafeId(String id, String field) {
        if (!PATH_SAFE_ID.matcher(id).matches()) {
            throw new RecordRejected(id, field, "contains characters that are not safe in a URL path "
                    + "(allowed: letters, digits, '.', '_', '~', '-'; at most 128)");
        }
    }

    void requireWithinLimit(String id, String field, String text) {
        if (text == null) {
            return;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxTextBytes) {
            throw new RecordRejected(id, field, "is " + bytes + " bytes of UTF-8, over the limit of " + maxTextBytes
                    + " (bridge.normalize.max-text-bytes)");
        }
    }

    /**
     * Rejects a record from a reply that was not valid UTF-8 when one of its strings contains the replacement
     * character. NOTE: a record that carried a genuine U+FFFD in such a reply is rejected too.
     */
    void requireDecodedCleanly(String id, JsonNode raw) {
        String field = fieldWithReplacement(raw, "");
        if (field != null) {
            throw new RecordRejected(id, field.isEmpty() ? "(record)" : field.substring(1),
                    "contained bytes that are not valid UTF-8");
        }
    }

    private static String fieldWithReplacement(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.asText().indexOf(REPLACEMENT) >= 0 ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = fieldWithReplacement(node.get(i), path + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String found = fieldWithReplacement(entry.getValue(), path + "/" + entry.getKey());
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
