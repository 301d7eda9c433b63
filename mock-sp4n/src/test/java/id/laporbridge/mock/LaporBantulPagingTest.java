package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaporBantulPagingTest {

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
    void ordersByDiperbaruiPadaThenId() {
        long first = fileAduan("Pertama");
        long second = fileAduan("Kedua");
        clock.advance(Duration.ofMinutes(1));
        long third = fileAduan("Ketiga");
        clock.advance(Duration.ofMinutes(1));
        mock.laporBantul().setStatus(first, "diterima_operator", "Operator", null);

        assertThat(ids(list(""))).containsExactly(second, third, first);
    }

    @Test
    void pagesOneTimestampWithoutGaps() {
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filed.add(fileAduan("Aduan " + i));
        }

        List<Long> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode reply = list("?page=" + page + "&per_page=2");
            assertThat(reply.get("meta").get("page").asInt()).isEqualTo(page);
            assertThat(reply.get("meta").get("per_page").asInt()).isEqualTo(2);
            assertThat(reply.get("meta").get("total").asInt()).isEqualTo(5);
            seen.addAll(ids(reply));
        }

        assertThat(seen).containsExactlyElementsOf(filed);
        assertThat(list("?page=4&per_page=2").get("data")).isEmpty();
    }

    @Test
    void updatedSinceIsInclusive() {
        fileAduan("Sebelum");
        clock.advance(Duration.ofSeconds(1));
        long atBoundary = fileAduan("Tepat");
        clock.advance(Duration.ofSeconds(1));
        long after = fileAduan("Sesudah");

        JsonNode reply = list("?updated_since=2026-03-05T03:00:01Z");

        assertThat(ids(reply)).containsExactly(atBoundary, after);
        assertThat(reply.get("meta").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void clampsPerPageAndRejectsInvalidTime() {
        fileAduan("Satu");

        JsonNode clamped = list("?per_page=1000");
        HttpResponse<String> badTime = http.get("/api/v1/aduan?updated_since=2026-03-05+10:00:00", token);

        assertThat(clamped.get("meta").get("per_page").asInt()).isEqualTo(LaporBantulApi.MAX_PER_PAGE);
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(MockHttp.json(badTime).get("field").asText()).isEqualTo("updated_since");
    }

    @Test
    void recordsQueryParameters() {
        list("?page=2&per_page=3");

        RecordedCall call = mock.laporBantul().calls().get(1);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.params()).containsEntry("page", "2").containsEntry("per_page", "3");
        assertThat(call.body()).isNull();
    }

    private long fileAduan(String judul) {
        var fields = MockHttp.MAPPER.createObjectNode().put("judul", judul).put("isi", "Isi " + judul);
        fields.putObject("opd").put("kode", "12500").put("nama", "Diskominfo");
        return mock.laporBantul().createAduan(fields).get("id").asLong();
    }

    private JsonNode list(String query) {
        HttpResponse<String> response = http.get("/api/v1/aduan" + query, token);
        assertThat(response.statusCode()).as("GET /aduan status").isEqualTo(200);
        return MockHttp.json(response);
    }

    private static List<Long> ids(JsonNode reply) {
        List<Long> ids = new ArrayList<>();
        reply.get("data").forEach(aduan -> ids.add(aduan.get("id").asLong()));
        return ids;
    }
}
