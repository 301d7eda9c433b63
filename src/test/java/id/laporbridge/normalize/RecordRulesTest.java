package id.laporbridge.normalize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.model.CanonicalComplaint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record rules added on top of the field mapping: ids, text size, update time, statuses, decoding. */
class RecordRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BridgeConfig config = new ConfigLoader().load(Path.of("config"));
    private final UnknownStatuses unknown = new UnknownStatuses();
    private final ComplaintNormalizer sp4n = new ComplaintNormalizer(config.sp4n(), config.statusMap(), 20, unknown);

    private static ObjectNode record() {
        return JSON.createObjectNode().put("tracking_id", "5010653").put("title", "Jalan").put("content", "Rusak")
                .put("status", "TERDISPOSISI").put("institution_id", "3404002")
                .put("created_at", "2026-12-04 08:30:00").put("updated_at", "2026-12-04 09:00:00");
    }

    @Test
    void missingUpdateTimeFallsBackToCreationTime() {
        ObjectNode record = record();
        record.remove("updated_at");

        CanonicalComplaint complaint = sp4n.normalize(record);

        assertThat(complaint.updatedAt()).isEqualTo(Instant.parse("2026-12-04T01:30:00Z"));
    }

    @Test
    void idUnsafeInUrlPathIsRejected() {
        ObjectNode record = record().put("tracking_id", "50/../10653");

        assertThatThrownBy(() -> sp4n.normalize(record)).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("field=tracking_id").hasMessageContaining("URL path");
    }

    @Test
    void textOverByteLimitIsRejected() {
        ObjectNode record = record().put("content", "é".repeat(11));

        assertThatThrownBy(() -> sp4n.normalize(record)).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("field=content").hasMessageContaining("22 bytes");
    }

    @Test
    void unknownStatusIsCountedPerValue() {
        assertThatThrownBy(() -> sp4n.normalize(record().put("status", "DIBEKUKAN")))
                .isInstanceOf(RecordRejected.class);
        assertThatThrownBy(() -> sp4n.normalize(record().put("status", "DIBEKUKAN")))
                .isInstanceOf(RecordRejected.class);

        assertThat(unknown.counts()).containsEntry("sp4n:DIBEKUKAN", 2L);
    }

    @Test
    void replacementCharacterInDamagedReplyIsRejected() {
        ObjectNode record = record().put("content", "Rus\uFFFDk");

        assertThat(sp4n.normalize(record, false).body()).isEqualTo("Rus\uFFFDk");
        assertThatThrownBy(() -> sp4n.normalize(record, true)).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("field=content").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void htmlInTextIsKeptAsReceived() {
        String html = "<b>x</b>&amp;";
        ObjectNode record = record().put("title", html);

        assertThat(sp4n.normalize(record).title()).isEqualTo(html);
    }

    @Test
    void upstreamFieldNamesFollowProfile() {
        ComplaintNormalizer laporBantul = new ComplaintNormalizer(config.laporBantul(), config.statusMap(), 20,
                unknown);

        assertThat(sp4n.upstreamField("channel")).isEqualTo("channel");
        assertThat(sp4n.upstreamField("ref-sp4n")).as("a field SP4N-LAPOR! lacks keeps its name")
                .isEqualTo("ref-sp4n");
        assertThat(sp4n.upstreamField("history-status")).isEqualTo("status");
        assertThat(sp4n.upstreamField("message-client-ref")).isEqualTo("followups[].client_ref");
        assertThat(sp4n.upstreamField("location")).isEqualTo("location");
        assertThat(sp4n.upstreamField("record")).isEqualTo("(record)");
        assertThat(laporBantul.upstreamField("category")).isEqualTo("kategori/kode");
        assertThat(laporBantul.upstreamField("history-status")).isEqualTo("riwayat[].status");
        assertThat(laporBantul.upstreamField("message-author")).isEqualTo("tanggapan[].oleh");
        assertThat(laporBantul.upstreamField("location")).isEqualTo("lokasi");
        assertThat(laporBantul.upstreamField("reporter")).isEqualTo("pelapor");
    }
}
