package id.laporbridge.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The health endpoint follows the upstreams: ready while both poll, not ready while one keeps failing. */
class HealthEndpointIT {

    private static final String SP4N_LISTING = "/api/services/f01/getcomplaints";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessFollowsUpstreamOutage() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.start();
            int port = harness.bridge().healthPort();
            harness.awaitPolls(1);
            assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/health/ready").statusCode() == 200);

            harness.mock().injectUntilCleared(SP4N_LISTING, MockFault.status(503));
            await().atMost(Duration.ofSeconds(60)).until(() -> get(port, "/health/ready").statusCode() == 503);
            JsonNode down = new ObjectMapper().readTree(get(port, "/health/ready").body());
            assertThat(down.at("/upstreams/sp4n/status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/upstreams/lapor-bantul/status").asText()).isEqualTo("UP");
            assertThat(down.at("/upstreams/sp4n/consecutiveFailures").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(down.at("/upstreams/sp4n/lastGoodPollAgeSeconds").isNumber()).isTrue();

            String metrics = get(port, "/metrics").body();
            assertThat(metrics).contains("lapor_bridge_source_healthy{source=\"sp4n\"} 0.0")
                    .contains("lapor_bridge_polls_total{outcome=\"failed\",source=\"sp4n\"}")
                    .contains("lapor_bridge_outbox_items{destination=\"sp4n\",state=\"dead\"}")
                    .contains("camel_exchanges_total");

            harness.mock().clearFaults(SP4N_LISTING);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(port, "/health/ready").statusCode() == 200);
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
