package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Builds a JSON request body from a layout in an upstream profile: JSON pointer to a value name, or to a constant
 * when the name starts with "=". A value name stands for a key of the outbox item's payload; values that are
 * missing there are left out of the body.
 */
final class BodyLayout {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BodyLayout() {
    }

    /**
     * Builds the body.
     *
     * @param payloadKeys value name to payload key, the names this layout may use
     * @throws IllegalArgumentException when the layout names a value that is not in {@code payloadKeys}
     */
    static ObjectNode build(String layoutName, Map<String, String> layout, Map<String, String> payloadKeys,
                            JsonNode payload) {
        ObjectNode body = JSON.createObjectNode();
        layout.forEach((pointer, name) -> {
            String value = name.startsWith("=") ? name.substring(1) : payloadValue(layoutName, name, payloadKeys,
                    payload);
            if (value != null) {
                put(body, pointer, value);
            }
        });
        return body;
    }

    private static String payloadValue(String layoutName, String name, Map<String, String> payloadKeys,
                                       JsonNode payload) {
        String key = payloadKeys.get(name);
        if (key == null) {
            throw new IllegalArgumentException(layoutName + " names unknown value '" + name + "'; known: "
                    + String.join(", ", payloadKeys.keySet()));
        }
        JsonNode value = payload.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void put(ObjectNode body, String pointer, String value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        parent.put(parts[parts.length - 1], value);
    }
}
