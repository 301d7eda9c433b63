package id.laporbridge.decide;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Reads text at a JSON pointer of a raw upstream record; a missing node, JSON null and a null pointer read as null. */
final class RawFields {

    private RawFields() {
    }

    static String text(JsonNode root, String pointer) {
        if (root == null || pointer == null) {
            return null;
        }
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static Iterable<JsonNode> array(JsonNode root, String pointer) {
        if (root == null || pointer == null) {
            return List.of();
        }
        JsonNode node = root.at(pointer);
        return node.isArray() ? node : java.util.List.of();
    }
}
