package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaporBantulCreateAduanTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T03:00:00Z"));
    private MockUpstreams mock;
    private MockHttp http;
    private String token;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock));
        http = new MockHttp(mock);
        token = http.token();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void createsAduanFromSp4n() {
        HttpResponse<String> response = create(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar"));

        JsonNode aduan = MockHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(aduan.get("id").isIntegralNumber()).isTrue();
        assertThat(aduan.get("nomor").asText()).matches("LB-2026-\\d{6}");
        assertThat(aduan.get("sumber").asText()).isEqualTo("sp4n");
        assertThat(aduan.get("status").asText()).isEqualTo("baru");
        assertThat(aduan.get("ref_sp4n").asText()).isEqualTo("5010653");
        assertThat(aduan.get("riwayat")).hasSize(1);
        assertThat(aduan.get("riwayat").get(0).get("status").asText()).isEqualTo("baru");
        assertThat(aduan.get("dibuat_pada").asText()).isEqualTo("2026-03-05T03:00:00Z");
        assertThat(aduan.get("diperbarui_pada").asText()).isEqualTo("2026-03-05T03:00:00Z");
        assertThat(aduan.get("pelapor").isNull()).isTrue();
        assertThat(mock.laporBantul().createAduanCalls()).isEqualTo(1);
    }

    @Test
    void knownRefSp4nGives409Existing() {
        JsonNode first = MockHttp.json(create(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar")));

        HttpResponse<String> again = create(TestAduan.fromSp4n("5010653", "Judul lain", "Isi lain"));

        JsonNode existing = MockHttp.json(again);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(existing.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(existing.get("judul").asText()).isEqualTo("Jalan rusak");
        assertThat(mock.laporBantul().aduanList()).hasSize(1);
        assertThat(mock.laporBantul().createAduanCalls()).isEqualTo(1);
        assertThat(mock.laporBantul().conflictCalls()).isEqualTo(1);
    }

    @Test
    void missingFieldAnswers422NamingIt() {
        for (String field : new String[] {"judul", "isi", "opd", "ref_sp4n"}) {
            ObjectNode body = TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar");
            body.remove(field);

            HttpResponse<String> response = create(body);

            assertThat(response.statusCode()).as("status without %s", field).isEqualTo(422);
            assertThat(MockHttp.json(response).get("field").asText()).isEqualTo(field);
        }
        assertThat(mock.laporBantul().aduanList()).isEmpty();
    }

    @Test
    void postThenGetShowsTheAduan() {
        long id = MockHttp.json(create(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar")))
                .get("id").asLong();

        HttpResponse<String> response = http.get("/api/v1/aduan/" + id, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).get("judul").asText()).isEqualTo("Jalan rusak");
        assertThat(mock.laporBantul().aduanByRefSp4n("5010653")).isPresent();
    }

    @Test
    void unknownAduanAnswers404() {
        assertThat(http.get("/api/v1/aduan/999", token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/aduan/abc", token).statusCode()).isEqualTo(404);
    }

    @Test
    void recordsBodyAndMasksAuthorization() {
        create(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar"));

        RecordedCall call = mock.laporBantul().calls().get(1);
        assertThat(call.path()).isEqualTo("/api/v1/aduan");
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.body()).contains("\"ref_sp4n\":\"5010653\"");
        assertThat(call.params()).containsEntry("Authorization", "Bearer " + RecordedCall.MASK);
    }

    private HttpResponse<String> create(ObjectNode body) {
        return http.post("/api/v1/aduan", token, MockHttp.json(body));
    }
}
