package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Sp4nComplaintPagingTest {

    private static final String BANTUL = "9001";

    private MockUpstreams mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().maxSp4nLimit(10));
        http = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void ordersByTimeThenNumericId() {
        put("100", "2026-03-01 10:00:00");
        put("9", "2026-03-01 10:00:00");
        put("55", "2026-03-01 09:00:00");
        put("10", "2026-03-01 10:00:00");

        JsonNode page = complaints(Map.of("institution_id", BANTUL));

        assertThat(trackingIds(page)).containsExactly("55", "9", "10", "100");
        assertThat(page.get("total").asInt()).isEqualTo(4);
    }

    @Test
    void pagesOneTimestampWithoutGaps() {
        for (int i = 1; i <= 5; i++) {
            put(String.valueOf(7000 + i), "2026-03-01 10:00:00");
        }

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode reply = complaints(Map.of("institution_id", BANTUL, "page", "" + page, "limit", "2"));
            assertThat(reply.get("page").asInt()).isEqualTo(page);
            assertThat(reply.get("limit").asInt()).isEqualTo(2);
            assertThat(reply.get("total").asInt()).isEqualTo(5);
            seen.addAll(trackingIds(reply));
        }
        JsonNode afterLast = complaints(Map.of("institution_id", BANTUL, "page", "4", "limit", "2"));

        assertThat(seen).containsExactly("7001", "7002", "7003", "7004", "7005");
        assertThat(afterLast.get("data")).isEmpty();
        assertThat(afterLast.get("total").asInt()).isEqualTo(5);
    }

    @Test
    void updatedSinceIsInclusive() {
        put("1", "2026-03-01 09:59:59");
        put("2", "2026-03-01 10:00:00");
        put("3", "2026-03-01 10:00:01");

        JsonNode page = complaints(Map.of("institution_id", BANTUL, "updated_since", "2026-03-01 10:00:00"));

        assertThat(trackingIds(page)).containsExactly("2", "3");
        assertThat(page.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void servesOnlyTheRequestedInstitution() {
        put("1", "2026-03-01 10:00:00");
        mock.sp4n().putComplaint(TestComplaints.complaint("2", "9002", "2026-03-01 10:00:00"));

        assertThat(trackingIds(complaints(Map.of("institution_id", BANTUL)))).containsExactly("1");
        assertThat(trackingIds(complaints(Map.of("institution_id", "9002")))).containsExactly("2");
    }

    @Test
    void clampsLimitAboveMaximum() {
        for (int i = 1; i <= 12; i++) {
            put(String.valueOf(i), "2026-03-01 10:00:00");
        }

        JsonNode page = complaints(Map.of("institution_id", BANTUL, "limit", "500"));

        assertThat(page.get("limit").asInt()).isEqualTo(10);
        assertThat(page.get("data")).hasSize(10);
        assertThat(page.get("total").asInt()).isEqualTo(12);
    }

    @Test
    void rejectsInvalidParameters() {
        HttpResponse<String> badTime = http.sp4n("f01/getcomplaints",
                Map.of("institution_id", BANTUL, "updated_since", "2026-03-01T10:00:00Z"));
        HttpResponse<String> badPage = http.sp4n("f01/getcomplaints", Map.of("institution_id", BANTUL, "page", "0"));
        HttpResponse<String> noInstitution = http.sp4n("f01/getcomplaints", Map.of());

        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(MockHttp.json(badTime).get("message").asText()).contains("updated_since");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(noInstitution.statusCode()).isEqualTo(400);
        assertThat(MockHttp.json(noInstitution).get("message").asText()).contains("institution_id");
    }

    @Test
    void touchMovesComplaintToTheEnd() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-05T03:00:00Z"));
        mock.close();
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock));
        http = new MockHttp(mock);
        put("1", "2026-03-01 10:00:00");
        put("2", "2026-03-01 11:00:00");

        mock.sp4n().touch("1");

        JsonNode page = complaints(Map.of("institution_id", BANTUL));
        assertThat(trackingIds(page)).containsExactly("2", "1");
        assertThat(page.get("data").get(1).get("updated_at").asText()).isEqualTo("2026-03-05 10:00:00");
    }

    private void put(String trackingId, String updatedAt) {
        mock.sp4n().putComplaint(TestComplaints.complaint(trackingId, BANTUL, updatedAt));
    }

    private JsonNode complaints(Map<String, String> fields) {
        HttpResponse<String> response = http.sp4n("f01/getcomplaints", fields);
        assertThat(response.statusCode()).as("getcomplaints status").isEqualTo(200);
        return MockHttp.json(response);
    }

    private static List<String> trackingIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(complaint -> ids.add(complaint.get("tracking_id").asText()));
        return ids;
    }
}
