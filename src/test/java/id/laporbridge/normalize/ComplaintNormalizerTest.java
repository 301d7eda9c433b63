package id.laporbridge.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.model.CanonicalComplaint;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintNormalizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BridgeConfig config = new ConfigLoader().load(Path.of("config"));
    private final ComplaintNormalizer sp4n = new ComplaintNormalizer(config.sp4n(), config.statusMap());
    private final ComplaintNormalizer laporBantul = new ComplaintNormalizer(config.laporBantul(),
            config.statusMap());

    private ObjectNode sp4nRecord() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"tracking_id":"5010653","title":"Jalan rusak","content":"Jalan &amp; jembatan rusak 🚧 <b>parah</b>",
                 "classification":"pengaduan","topic_id":"13","channel":"android","is_anonymous":"0",
                 "is_secret":"1","reporter":{"name":"Warga Contoh","email":"warga@example.id","phone":"0800"},
                 "institution_id":"3404002","status":"TERDISPOSISI","created_at":"2026-12-04 08:30:00",
                 "updated_at":"2026-12-04 09:00:00","location":{"kapanewon":"Sewon"},"attachments":[],
                 "followups":[{"id":"f1","author_type":"instansi","content":"Sedang ditangani",
                 "created_at":"2026-12-04 09:00:00","client_ref":"lapor-bridge:tanggapan:1:2"}],"dispositions":[]}
                """);
    }

    @Test
    void sp4nTimesAreReadAsWib() throws Exception {
        CanonicalComplaint complaint = sp4n.normalize(sp4nRecord());
        assertThat(complaint.updatedAt()).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
        assertThat(complaint.createdAt()).isEqualTo(Instant.parse("2026-12-04T01:30:00Z"));
    }

    @Test
    void positionMatchesNormalize() throws Exception {
        ObjectNode raw = sp4nRecord();
        CanonicalComplaint complaint = sp4n.normalize(raw);
        assertThat(sp4n.position(raw)).isEqualTo(new ListedPosition(complaint.upstreamId(), complaint.updatedAt()));

        raw.put("updated_at", "04/12/2026");
        assertThat(sp4n.position(raw)).as("with an unreadable time").isNull();
        raw.remove("updated_at");
        assertThat(sp4n.position(raw)).as("without an update time, so that a change is not missed").isNull();
    }

    @Test
    void flagsStatusAndTextAreMapped() throws Exception {
        ObjectNode raw = sp4nRecord();
        CanonicalComplaint complaint = sp4n.normalize(raw);
        assertThat(complaint.secret()).isTrue();
        assertThat(complaint.anonymous()).isFalse();
        assertThat(complaint.stage()).isEqualTo("received");
        assertThat(complaint.body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(raw.get("content").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(complaint.reporter().name()).isEqualTo("Warga Contoh");
        assertThat(complaint.location().kapanewon()).isEqualTo("Sewon");
        assertThat(complaint.messages()).hasSize(1);
        assertThat(complaint.messages().get(0).clientRef()).isEqualTo("lapor-bridge:tanggapan:1:2");
    }

    @Test
    void anonymousComplaintDropsReporter() throws Exception {
        ObjectNode raw = sp4nRecord();
        raw.put("is_anonymous", "1");
        assertThat(sp4n.normalize(raw).reporter()).isNull();
    }

    @Test
    void unknownStatusIsRejectedWithField() throws Exception {
        ObjectNode raw = sp4nRecord();
        raw.put("status", "DIBATALKAN");
        assertThatThrownBy(() -> sp4n.normalize(raw))
                .isInstanceOfSatisfying(RecordRejected.class, rejected -> {
                    assertThat(rejected.upstreamId()).isEqualTo("5010653");
                    assertThat(rejected.field()).isEqualTo("status");
                    assertThat(rejected.rule()).contains("DIBATALKAN");
                });
    }

    @Test
    void missingIdIsRejected() throws Exception {
        ObjectNode raw = sp4nRecord();
        raw.remove("tracking_id");
        assertThatThrownBy(() -> sp4n.normalize(raw))
                .isInstanceOfSatisfying(RecordRejected.class, rejected -> {
                    assertThat(rejected.upstreamId()).isNull();
                    assertThat(rejected.field()).isEqualTo("tracking_id");
                });
    }

    @Test
    void unparseableDateIsRejected() throws Exception {
        ObjectNode raw = sp4nRecord();
        raw.put("updated_at", "04/12/2026");
        assertThatThrownBy(() -> sp4n.normalize(raw))
                .isInstanceOfSatisfying(RecordRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("updated_at"));
    }

    @Test
    void sameContentWithNewUpdateTimeHasSameHash() throws Exception {
        ObjectNode raw = sp4nRecord();
        String first = sp4n.normalize(raw).contentHash();
        raw.put("updated_at", "2026-12-04 10:00:00");
        assertThat(sp4n.normalize(raw).contentHash()).isEqualTo(first);
        raw.put("status", "DITINDAKLANJUTI");
        assertThat(sp4n.normalize(raw).contentHash()).isNotEqualTo(first);
    }

    @Test
    void laporBantulHistoryAndAnswersAreRead() throws Exception {
        JsonNode raw = JSON.readTree("""
                {"id":17,"nomor":"LB-2026-000017","judul":"Sampah","isi":"Sampah menumpuk","anonim":true,
                 "rahasia":false,"pelapor":null,"opd":{"kode":"11300","nama":"DLH"},"kategori":{"kode":"K1"},
                 "sumber":"sp4n","ref_sp4n":"5010653","status":"dijawab",
                 "riwayat":[{"status":"baru","waktu":"2026-12-04T02:00:00Z"},
                            {"status":"diterima_operator","waktu":"2026-12-04T02:10:00Z"},
                            {"status":"dijawab","waktu":"2026-12-04T02:30:00Z"}],
                 "tanggapan":[{"id":5,"jenis":"akhir","isi":"Sudah diangkut","waktu":"2026-12-04T02:30:00Z",
                               "oleh":"Operator DLH","client_ref":null}],
                 "dibuat_pada":"2026-12-04T02:00:00Z","diperbarui_pada":"2026-12-04T02:30:00Z"}
                """);
        CanonicalComplaint aduan = laporBantul.normalize(raw);
        assertThat(aduan.upstreamId()).isEqualTo("17");
        assertThat(aduan.refSp4n()).isEqualTo("5010653");
        assertThat(aduan.anonymous()).isTrue();
        assertThat(aduan.history()).extracting(event -> event.stage())
                .containsExactly("filed", "received", "answered");
        assertThat(aduan.messages()).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo("akhir");
            assertThat(message.clientRef()).isNull();
            assertThat(message.author()).isEqualTo("Operator DLH");
        });
    }
}
