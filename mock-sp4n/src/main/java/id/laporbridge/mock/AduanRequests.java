package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Reads and checks the JSON bodies of Lapor Bantul requests; an invalid body raises HTTP 400 or 422. */
final class AduanRequests {

    private static final Set<String> TANGGAPAN_JENIS = Set.of("sementara", "akhir", "pelapor");

    private AduanRequests() {
    }

    /** Parses the body as a JSON object, rejecting anything else with 400. */
    static ObjectNode object(String body) {
        JsonNode node = Json.parse(body).orElse(null);
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequestException(400, "body", "the request body must be a JSON object");
        }
        return object;
    }

    /** Checks an aduan that came from SP4N: judul, isi, opd with kode, and ref_sp4n are required. */
    static ObjectNode newAduan(String body) {
        ObjectNode fields = object(body);
        requireText(fields, "judul");
        requireText(fields, "isi");
        JsonNode opd = fields.get("opd");
        if (opd == null || !opd.isObject() || isBlank(Json.text(opd, "kode"))) {
            throw new InvalidRequestException(422, "opd", "opd is missing or has no kode");
        }
        requireText(fields, "ref_sp4n");
        return fields;
    }

    /** Checks a tanggapan: jenis is sementara, akhir or pelapor, and isi is present. */
    static ObjectNode tanggapan(String body) {
        ObjectNode fields = object(body);
        String jenis = requireText(fields, "jenis");
        if (!TANGGAPAN_JENIS.contains(jenis)) {
            throw new InvalidRequestException(422, "jenis",
                    "jenis must be sementara, akhir or pelapor, got '" + jenis + "'");
        }
        requireText(fields, "isi");
        return fields;
    }

    /** Checks a routing request: opd_kode is present; alasan may be absent. */
    static ObjectNode alihkan(String body) {
        ObjectNode fields = object(body);
        requireText(fields, "opd_kode");
        return fields;
    }

    /** Checks a status change (an endpoint this mock assumes, see README): status is present. */
    static ObjectNode status(String body) {
        ObjectNode fields = object(body);
        requireText(fields, "status");
        return fields;
    }

    private static String requireText(ObjectNode fields, String field) {
        JsonNode value = fields.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw missing(field);
        }
        return value.asText();
    }

    private static InvalidRequestException missing(String field) {
        return new InvalidRequestException(422, field, field + " is missing or not a non-empty string");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
