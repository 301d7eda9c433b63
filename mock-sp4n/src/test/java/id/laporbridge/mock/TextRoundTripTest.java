package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextRoundTripTest {

    /** Emoji, HTML entities, markup, non-Latin script, a line break and form-encoding specials. */
    private static final String TRICKY =
            "Jalan &amp; jembatan <b>rusak</b> 😡🚧 — Ñandú «ok» 日本語\nbaris 2 + 50% & a=b";

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
    void followupContentRoundTripsThroughSp4n() {
        http.sp4n("f02/addfollowup", Map.of("tracking_id", "5010653", "content", TRICKY,
                "author_name", "Operator", "client_ref", "ref-1"));

        HttpResponse<String> response = http.sp4n("f01/getcomplaint", Map.of("tracking_id", "5010653"));

        assertThat(mock.sp4n().followups("5010653").get(0).get("content").asText()).isEqualTo(TRICKY);
        assertThat(MockHttp.json(response).get("followups").get(0).get("content").asText()).isEqualTo(TRICKY);
        assertThat(response.body()).contains("&amp; jembatan <b>rusak</b> 😡🚧");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).containsIgnoringCase("charset=utf-8"));
    }

    @Test
    void aduanTextRoundTripsThroughLaporBantul() {
        String token = http.token();
        String body = MockHttp.json(TestAduan.fromSp4n("5010653", TRICKY, TRICKY));
        long id = MockHttp.json(http.post("/api/v1/aduan", token, body)).get("id").asLong();

        HttpResponse<String> response = http.get("/api/v1/aduan/" + id, token);

        assertThat(MockHttp.json(response).get("judul").asText()).isEqualTo(TRICKY);
        assertThat(MockHttp.json(response).get("isi").asText()).isEqualTo(TRICKY);
        assertThat(response.body()).contains("&amp; jembatan <b>rusak</b> 😡🚧");
    }
}
