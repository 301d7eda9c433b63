package id.laporbridge.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.model.StoredJson;
import id.laporbridge.store.StoredComplaint;

import java.util.Map;

/**
 * Builds the JSON body of a new aduan from a stored SP4N-LAPOR! complaint, following the layout in the Lapor Bantul
 * profile (JSON pointer to value name). Reporter fields are left out whenever the complaint is anonymous, and
 * fields with no value are left out rather than sent as null.
 */
final class AduanBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> layout;

    AduanBody(Map<String, String> layout) {
        this.layout = layout;
    }

    ObjectNode build(StoredComplaint complaint, String opdCode) {
        ObjectNode body = JSON.createObjectNode();
        JsonNode reporter = complaint.anonymous() ? null : StoredJson.read(complaint.reporterJson());
        JsonNode location = StoredJson.read(complaint.locationJson());
        layout.forEach((pointer, name) -> {
            if (name.startsWith("reporter-") && complaint.anonymous()) {
                return;
            }
            JsonNode value = value(name, complaint, opdCode, reporter, location);
            if (value != null && !value.isNull() && !value.isMissingNode()) {
                put(body, pointer, value);
            }
        });
        return body;
    }

    private static JsonNode value(String name, StoredComplaint complaint, String opdCode, JsonNode reporter,
                                  JsonNode location) {
        if (name.startsWith("=")) {
            return JSON.getNodeFactory().textNode(name.substring(1));
        }
        if (name.startsWith("reporter-")) {
            return reporter == null ? null : reporter.get(name.substring("reporter-".length()));
        }
        if (name.startsWith("location-")) {
            return location == null ? null : location.get(name.substring("location-".length()));
        }
        return switch (name) {
            case "title" -> text(complaint.title());
            case "body" -> text(complaint.body());
            case "opd-code" -> text(opdCode);
            case "category" -> text(complaint.categoryCode());
            case "classification" -> text(complaint.classification());
            case "anonymous" -> JSON.getNodeFactory().booleanNode(complaint.anonymous());
            case "secret" -> JSON.getNodeFactory().booleanNode(complaint.secret());
            case "sp4n-id" -> text(complaint.upstreamId());
            case "created-at" -> text(complaint.createdAt().toString());
            default -> throw new IllegalArgumentException("create-aduan names unknown value '" + name + "'");
        };
    }

    private static JsonNode text(String value) {
        return value == null ? null : JSON.getNodeFactory().textNode(value);
    }

    private static void put(ObjectNode body, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
    }
}
