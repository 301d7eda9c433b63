package id.laporbridge.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads scalar values at JSON pointers, treating a missing node and JSON null alike. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode node(JsonNode root, String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node;
    }

    static String text(JsonNode root, String pointer) {
        JsonNode node = node(root, pointer);
        return node == null ? null : node.asText();
    }

    /** Reads a flag written as a JSON boolean, {@code "1"}/{@code "0"} or {@code "true"}/{@code "false"}. */
    static Boolean flag(JsonNode root, String pointer) {
        JsonNode node = node(root, pointer);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.intValue() != 0;
        }
        return switch (node.asText().trim().toLowerCase()) {
            case "1", "true", "yes", "y" -> Boolean.TRUE;
            case "0", "false", "no", "n", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}
