package id.laporbridge.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaporBantulTokenTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T03:00:00Z"));
    private MockUpstreams mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockUpstreams.start(MockOptions.defaults().clock(clock).tokenLifetimeSeconds(60));
        http = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void tokenReplyStatesLifetime() {
        JsonNode reply = MockHttp.json(http.tokenResponse("demo-client", "demo-secret"));

        assertThat(reply.get("access_token").asText()).hasSizeGreaterThan(20);
        assertThat(reply.get("expires_in").asLong()).isEqualTo(60);
        assertThat(mock.laporBantul().tokensIssued()).isEqualTo(1);
    }

    @Test
    void expiredTokenGets401NewOneWorks() {
        String token = http.token();
        assertThat(http.get("/api/v1/opd", token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(59));
        assertThat(http.get("/api/v1/opd", token).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.get("/api/v1/opd", token).statusCode()).isEqualTo(401);

        assertThat(http.get("/api/v1/opd", http.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void expireTokensInvalidatesEveryToken() {
        String first = http.token();
        String second = http.token();

        mock.laporBantul().expireTokens();

        assertThat(http.get("/api/v1/opd", first).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/opd", second).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/opd", http.token()).statusCode()).isEqualTo(200);
        assertThat(mock.laporBantul().tokensIssued()).isEqualTo(3);
    }

    @Test
    void badCredentialsAnswer401() {
        HttpResponse<String> response = http.tokenResponse("demo-client", "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(MockHttp.json(response).has("access_token")).isFalse();
        assertThat(mock.laporBantul().tokensIssued()).isZero();
    }

    @Test
    void missingOrUnknownTokenAnswers401() {
        assertThat(http.get("/api/v1/aduan", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/aduan", "made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void recordedTokenRequestMasksSecret() {
        http.token();

        RecordedCall call = mock.laporBantul().calls().get(0);
        assertThat(call.path()).isEqualTo("/api/v1/auth/token");
        assertThat(call.body()).doesNotContain("demo-secret");
        assertThat(call.body()).contains("\"client_secret\":\"" + RecordedCall.MASK + "\"");
    }
}
