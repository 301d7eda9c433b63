package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Sp4nFollowupTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T03:00:00Z"));
    private MockUpstreams mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock));
        http = new MockHttp(mock);
        mock.sp4n().putComplaint(TestComplaints.complaint("5010653", "9001", "2026-03-01 10:00:00"));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void storesRepeatedClientRefTwice() {
        JsonNode first = MockHttp.json(addFollowup("Jawaban pertama", "ref-1"));
        clock.advance(Duration.ofMinutes(5));
        JsonNode second = MockHttp.json(addFollowup("Jawaban pertama", "ref-1"));

        ArrayNode followups = mock.sp4n().followups("5010653");
        assertThat(first.get("status").asText()).isEqualTo("ok");
        assertThat(second.get("status").asText()).isEqualTo("ok");
        assertThat(second.get("followup_id").asText()).isNotEqualTo(first.get("followup_id").asText());
        assertThat(followups).hasSize(2);
        assertThat(followups.get(0).get("client_ref").asText()).isEqualTo("ref-1");
        assertThat(followups.get(1).get("client_ref").asText()).isEqualTo("ref-1");
        assertThat(followups.get(1).get("author_type").asText()).isEqualTo("instansi");
        assertThat(mock.sp4n().addFollowupCalls()).isEqualTo(2);
    }

    @Test
    void followupShowsInGetcomplaint() {
        addFollowup("Sudah kami perbaiki.", "ref-7");

        JsonNode complaint = MockHttp.json(http.sp4n("f01/getcomplaint", Map.of("tracking_id", "5010653")));

        assertThat(complaint.get("status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(complaint.get("updated_at").asText()).isEqualTo("2026-03-05 10:00:00");
        JsonNode followup = complaint.get("followups").get(0);
        assertThat(followup.get("content").asText()).isEqualTo("Sudah kami perbaiki.");
        assertThat(followup.get("created_at").asText()).isEqualTo("2026-03-05 10:00:00");
        assertThat(followup.get("client_ref").asText()).isEqualTo("ref-7");
        assertThat(followup.get("id").asText()).isNotBlank();
    }

    @Test
    void unknownTrackingIdGives200Error() {
        HttpResponse<String> response = http.sp4n("f02/addfollowup",
                Map.of("tracking_id", "404404", "content", "x", "author_name", "Operator", "client_ref", "r"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("error");
        assertThat(mock.sp4n().addFollowupCalls()).isZero();
    }

    @Test
    void unknownComplaintAnswers404() {
        HttpResponse<String> response = http.sp4n("f01/getcomplaint", Map.of("tracking_id", "404404"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("error");
    }

    @Test
    void rejectDispositionSetsBukanWewenang() {
        HttpResponse<String> response = http.sp4n("f02/rejectdisposition",
                Map.of("tracking_id", "5010653", "reason", "Kewenangan provinsi"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).get("status").asText()).isEqualTo("ok");
        assertThat(mock.sp4n().complaint("5010653").get("status").asText()).isEqualTo("BUKAN_WEWENANG");
        assertThat(mock.sp4n().rejectDispositionCalls()).hasSize(1);
        assertThat(mock.sp4n().rejectDispositionCalls().get(0).get("reason").asText())
                .isEqualTo("Kewenangan provinsi");
    }

    @Test
    void reporterReplyAndRedisposeShow() {
        clock.advance(Duration.ofHours(1));
        mock.sp4n().addReporterReply("5010653", "Belum diperbaiki");
        mock.sp4n().redispose("5010653", "9003", "Salah wilayah");

        JsonNode complaint = MockHttp.json(http.sp4n("f01/getcomplaint", Map.of("tracking_id", "5010653")));

        assertThat(complaint.get("followups").get(0).get("author_type").asText()).isEqualTo("pelapor");
        assertThat(complaint.get("institution_id").asText()).isEqualTo("9003");
        assertThat(complaint.get("status").asText()).isEqualTo("TERDISPOSISI");
        assertThat(complaint.get("dispositions").get(0).get("reason").asText()).isEqualTo("Salah wilayah");
        assertThat(complaint.get("updated_at").asText()).isEqualTo("2026-03-05 11:00:00");
    }

    @Test
    void setStatusOnUnknownComplaintThrows() {
        assertThatThrownBy(() -> mock.sp4n().setStatus("404404", "SELESAI"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("404404");
    }

    @Test
    void recordsEveryCallWithItsStatus() {
        addFollowup("a", "ref-1");
        http.sp4n("f01/getcomplaint", Map.of("tracking_id", "404404"));

        assertThat(mock.sp4n().calls()).extracting(RecordedCall::path, RecordedCall::status).containsExactly(
                tuple("/api/services/f02/addfollowup", 200),
                tuple("/api/services/f01/getcomplaint", 404));
        assertThat(mock.sp4n().calls().get(0).params()).containsEntry("client_ref", "ref-1");
    }

    private HttpResponse<String> addFollowup(String content, String clientRef) {
        HttpResponse<String> response = http.sp4n("f02/addfollowup", Map.of("tracking_id", "5010653",
                "content", content, "author_name", "Operator Diskominfo", "client_ref", clientRef));
        assertThat(response.statusCode()).as("addfollowup status").isEqualTo(200);
        return response;
    }
}
