package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoadingTest {

    private static final Path EXAMPLE = Path.of("mock-sp4n/seed/example.json");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T03:00:00Z"));
    private MockUpstreams mock;
    private MockHttp http;

    @TempDir
    Path tempDir;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock));
        http = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void exampleSeedFillsBothUpstreams() {
        mock.seed(EXAMPLE);

        assertThat(mock.sp4n().complaints()).hasSize(3);
        assertThat(mock.sp4n().topics()).isNotEmpty();
        assertThat(mock.sp4n().institutions()).isNotEmpty();
        assertThat(mock.laporBantul().opd()).extracting(opd -> opd.get("kode").asText()).contains("12500");
        assertThat(mock.laporBantul().aduanList()).hasSize(1);
    }

    @Test
    void seededDataIsServedOverHttp() {
        mock.seed(EXAMPLE);
        String token = http.token();

        JsonNode page = MockHttp.json(http.sp4n("f01/getcomplaints", Map.of("institution_id", "3404002")));
        JsonNode anonymous = MockHttp.json(http.sp4n("f01/getcomplaint", Map.of("tracking_id", "7000102")));
        JsonNode topics = MockHttp.json(http.sp4n("f01/gettopics", Map.of()));
        JsonNode opd = MockHttp.json(http.get("/api/v1/opd", token));

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(anonymous.get("is_anonymous").asText()).isEqualTo("1");
        assertThat(anonymous.get("reporter").isNull()).isTrue();
        assertThat(topics.get(0).get("topic_name").isTextual()).isTrue();
        assertThat(opd.size()).isEqualTo(mock.laporBantul().opd().size());
    }

    @Test
    void seededAduanGetsIdNomorAndHistory() {
        mock.seed(EXAMPLE);

        JsonNode aduan = mock.laporBantul().aduanList().get(0);

        assertThat(aduan.get("id").asLong()).isEqualTo(1);
        assertThat(aduan.get("nomor").asText()).isEqualTo("LB-2026-000001");
        assertThat(aduan.get("sumber").asText()).isEqualTo("android");
        assertThat(aduan.get("status").asText()).isEqualTo("baru");
        assertThat(aduan.get("diperbarui_pada").asText()).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(aduan.get("riwayat").get(0).get("waktu").asText()).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(aduan.get("ref_sp4n").isNull()).isTrue();
    }

    @Test
    void secondSeedAddsToCurrentState() throws IOException {
        mock.seed(EXAMPLE);
        Path extra = write("{\"sp4n\":{\"complaints\":[{\"tracking_id\":\"8000001\",\"institution_id\":\"9001\","
                + "\"status\":\"TERDISPOSISI\"}]},\"laporBantul\":{\"aduan\":[{\"judul\":\"Tambahan\"}]}}");

        mock.seed(extra);

        JsonNode added = mock.sp4n().complaint("8000001");
        assertThat(mock.sp4n().complaints()).hasSize(4);
        assertThat(added.get("updated_at").asText()).isEqualTo("2026-03-05 10:00:00");
        assertThat(added.get("followups").isArray()).isTrue();
        assertThat(mock.laporBantul().aduanList()).hasSize(2);
        assertThat(mock.laporBantul().aduan(2).get("judul").asText()).isEqualTo("Tambahan");
    }

    @Test
    void invalidSeedNamesTheEntry() throws IOException {
        Path bad = write("{\"sp4n\":{\"complaints\":[{\"title\":\"tanpa id\"}]}}");

        assertThatThrownBy(() -> mock.seed(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sp4n.complaints[0]")
                .hasMessageContaining("tracking_id");
    }

    private Path write(String json) throws IOException {
        Path file = tempDir.resolve("seed-" + System.nanoTime() + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
