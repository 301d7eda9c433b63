package id.laporbridge.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Puts an aduan's fields in the contract's order and fills the optional ones that are missing. */
final class AduanShape {

    private static final List<String> FIELD_ORDER = List.of(
            "id", "nomor", "judul", "isi", "kategori", "opd", "anonim", "rahasia", "pelapor", "lokasi",
            "sumber", "ref_sp4n", "status", "riwayat", "tanggapan", "lampiran", "dibuat_pada", "diperbarui_pada");

    private AduanShape() {
    }

    /**
     * Returns a new aduan with the contract's fields first, in order, then any other field of the
     * source. Missing flags become false, missing objects null and missing lists empty.
     */
    static ObjectNode ordered(ObjectNode source) {
        ObjectNode aduan = Json.object();
        for (String field : FIELD_ORDER) {
            JsonNode value = source.get(field);
            aduan.set(field, value == null ? defaultValue(field) : value.deepCopy());
        }
        for (Map.Entry<String, JsonNode> extra : source.properties()) {
            if (!aduan.has(extra.getKey())) {
                aduan.set(extra.getKey(), extra.getValue().deepCopy());
            }
        }
        return aduan;
    }

    /** Returns a riwayat entry {@code {"status","waktu","oleh","catatan"}}. */
    static ObjectNode riwayat(String status, String waktu, String oleh, String catatan) {
        return Json.object().put("status", status).put("waktu", waktu).put("oleh", oleh).put("catatan", catatan);
    }

    private static JsonNode defaultValue(String field) {
        return switch (field) {
            case "anonim", "rahasia" -> Json.MAPPER.getNodeFactory().booleanNode(false);
            case "riwayat", "tanggapan", "lampiran" -> Json.array();
            default -> Json.MAPPER.getNodeFactory().nullNode();
        };
    }
}
