package id.laporbridge.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one Jackson mapper of the mock and small helpers around it. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses JSON text; empty when the text is blank or not JSON. */
    static Optional<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write a JSON tree", e);
        }
    }

    /** Returns a new array that contains the given objects. */
    static ArrayNode arrayOf(List<ObjectNode> items) {
        ArrayNode array = array();
        items.forEach(array::add);
        return array;
    }

    /** Returns the text of a field, or null when the field is missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Returns deep copies of the objects in an array, or an empty list when the node is not an array. */
    static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> result = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> {
                if (item.isObject()) {
                    result.add(((ObjectNode) item).deepCopy());
                }
            });
        }
        return result;
    }

    /** Returns the array in a field, adding an empty one when the field is missing or not an array. */
    static ArrayNode arrayField(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value instanceof ArrayNode array) {
            return array;
        }
        return node.putArray(field);
    }
}
