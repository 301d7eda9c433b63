package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InjectedFaultTest {

    private static final String GET_COMPLAINTS = "/api/services/f01/getcomplaints";
    private static final String ADD_FOLLOWUP = "/api/services/f02/addfollowup";

    private MockUpstreams mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults());
        http = new MockHttp(mock);
        mock.sp4n().putComplaint(TestComplaints.complaint("5010653", "9001", "2026-03-01 10:00:00"));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void rateLimitCarriesRetryAfterThenClears() {
        mock.failNext(GET_COMPLAINTS, 429, 1);

        HttpResponse<String> limited = http.sp4n("f01/getcomplaints", Map.of("institution_id", "9001"));
        HttpResponse<String> next = http.sp4n("f01/getcomplaints", Map.of("institution_id", "9001"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(mock.sp4n().calls()).extracting(RecordedCall::status).containsExactly(429, 200);
    }

    @Test
    void failureBeforeApplyingLeavesDataUnchanged() {
        mock.failNext(ADD_FOLLOWUP, 503, 2);

        assertThat(addFollowup().statusCode()).isEqualTo(503);
        assertThat(addFollowup().statusCode()).isEqualTo(503);
        assertThat(addFollowup().statusCode()).isEqualTo(200);
        assertThat(mock.sp4n().addFollowupCalls()).isEqualTo(1);
    }

    @Test
    void failureAfterApplyingStoresTheFollowup() {
        mock.failNextAfterApplying(ADD_FOLLOWUP, 504, 1);

        HttpResponse<String> response = addFollowup();

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(mock.sp4n().addFollowupCalls()).isEqualTo(1);
        assertThat(mock.sp4n().followups("5010653").get(0).get("client_ref").asText()).isEqualTo("ref-lost");
    }

    @Test
    void laporBantulCallFailsWithoutCreating() {
        String token = http.token();
        mock.failNext("/api/v1/aduan", 502, 1);

        HttpResponse<String> response = http.post("/api/v1/aduan", token,
                MockHttp.json(TestAduan.fromSp4n("5010653", "Jalan rusak", "Lubang besar")));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(mock.laporBantul().aduanList()).isEmpty();
        assertThat(mock.laporBantul().createAduanCalls()).isZero();
    }

    @Test
    void rejectsSuccessStatus() {
        assertThatThrownBy(() -> mock.failNext(GET_COMPLAINTS, 200, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200");
    }

    private HttpResponse<String> addFollowup() {
        return http.sp4n("f02/addfollowup", Map.of("tracking_id", "5010653", "content", "Jawaban",
                "author_name", "Operator", "client_ref", "ref-lost"));
    }
}
