package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaporBantulTanggapanTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T03:00:00Z"));
    private MockUpstreams mock;
    private MockHttp http;
    private String token;
    private long id;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock));
        mock.seed(java.nio.file.Path.of("mock-sp4n/seed/example.json"));
        http = new MockHttp(mock);
        token = http.token();
        String body = MockHttp.json(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar"));
        id = MockHttp.json(http.post("/api/v1/aduan", token, body)).get("id").asLong();
        clock.advance(Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void postedTanggapanShowsInGet() {
        HttpResponse<String> posted = tanggapan(Map.of("jenis", "sementara", "isi", "Sedang ditangani",
                "oleh", "Operator Diskominfo", "client_ref", "sp4n-followup-1"));

        JsonNode aduan = MockHttp.json(http.get("/api/v1/aduan/" + id, token));
        JsonNode stored = aduan.get("tanggapan").get(0);
        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(MockHttp.json(posted).get("id").isIntegralNumber()).isTrue();
        assertThat(stored.get("isi").asText()).isEqualTo("Sedang ditangani");
        assertThat(stored.get("client_ref").asText()).isEqualTo("sp4n-followup-1");
        assertThat(stored.get("waktu").asText()).isEqualTo("2026-03-05T03:10:00Z");
        assertThat(aduan.get("status").asText()).isEqualTo("baru");
        assertThat(aduan.get("diperbarui_pada").asText()).isEqualTo("2026-03-05T03:10:00Z");
    }

    @Test
    void finalTanggapanSetsDijawab() {
        mock.laporBantul().addTanggapan(id, "akhir", "Sudah diperbaiki", "Operator Diskominfo");

        JsonNode aduan = mock.laporBantul().aduan(id);
        JsonNode riwayat = aduan.get("riwayat");
        assertThat(aduan.get("status").asText()).isEqualTo("dijawab");
        assertThat(riwayat.get(riwayat.size() - 1).get("status").asText()).isEqualTo("dijawab");
        assertThat(aduan.get("tanggapan").get(0).get("client_ref").isNull()).isTrue();
    }

    @Test
    void invalidTanggapanAnswers422() {
        HttpResponse<String> badJenis = tanggapan(Map.of("jenis", "lain", "isi", "x"));
        HttpResponse<String> noIsi = tanggapan(Map.of("jenis", "akhir"));

        assertThat(badJenis.statusCode()).isEqualTo(422);
        assertThat(MockHttp.json(badJenis).get("field").asText()).isEqualTo("jenis");
        assertThat(noIsi.statusCode()).isEqualTo(422);
        assertThat(MockHttp.json(noIsi).get("field").asText()).isEqualTo("isi");
    }

    @Test
    void alihkanRoutesToNamedOpd() {
        HttpResponse<String> response = http.post("/api/v1/aduan/" + id + "/alihkan", token,
                MockHttp.json(Map.of("opd_kode", "10200", "alasan", "Kewenangan DPUPKP")));

        JsonNode aduan = MockHttp.json(response);
        JsonNode last = aduan.get("riwayat").get(aduan.get("riwayat").size() - 1);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(aduan.get("opd").get("kode").asText()).isEqualTo("10200");
        assertThat(aduan.get("opd").get("nama").asText())
                .isEqualTo("Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman");
        assertThat(aduan.get("status").asText()).isEqualTo("dialihkan");
        assertThat(last.get("catatan").asText()).isEqualTo("Kewenangan DPUPKP");
    }

    @Test
    void alihkanToUnknownOpdAnswers422() {
        HttpResponse<String> response = http.post("/api/v1/aduan/" + id + "/alihkan", token,
                MockHttp.json(Map.of("opd_kode", "99999", "alasan", "x")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(MockHttp.json(response).get("field").asText()).isEqualTo("opd_kode");
    }

    @Test
    void unknownAduanAnswers404() {
        HttpResponse<String> tanggapan = http.post("/api/v1/aduan/999/tanggapan", token,
                MockHttp.json(Map.of("jenis", "akhir", "isi", "x")));
        HttpResponse<String> alihkan = http.post("/api/v1/aduan/999/alihkan", token,
                MockHttp.json(Map.of("opd_kode", "10300")));

        assertThat(tanggapan.statusCode()).isEqualTo(404);
        assertThat(alihkan.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> tanggapan(Map<String, String> body) {
        return http.post("/api/v1/aduan/" + id + "/tanggapan", token, MockHttp.json(body));
    }
}
