package id.laporbridge.faults;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.LogCapture;
import id.laporbridge.support.ShiftableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINTS;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health of a source beyond what HealthEndpointIT covers. A source that delivers nothing new for
 * bridge.health.stale-after-working-hours is reported stale with one WARN, however many polls follow, and one INFO
 * clears it when a new record arrives. The bridge clock is moved forward instead of waiting for working hours. A
 * source turns unhealthy at exactly bridge.health.unhealthy-after-failed-polls failed polls in a row, not one
 * earlier.
 */
class StaleSourceWarnsOnceAndClearsIT {

    /**
     * Holds working hours whatever day the test runs on: the longest run of weekend days and holidays in
     * holidays-id.csv (2024 to 2026) is 11 days.
     */
    private static final Duration QUIET_TIME = Duration.ofDays(14);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void quietSourceWarnsOnceAndClears() throws Exception {
        ShiftableClock clock = new ShiftableClock();
        try (BridgeHarness harness = new BridgeHarness(folder);
             LogCapture logs = new LogCapture(SourceHealth.class)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7961"));
            harness.clock(clock).set("bridge.health.stale-after-working-hours", "1").start();
            FaultFixtures.awaitMirrored(harness, "7961");
            harness.awaitPolls(1);
            assertThat(staleWarnings(logs, "sp4n")).as("stale warnings before the quiet time").isZero();
            assertThat(readiness(harness).at("/upstreams/sp4n/stale").asBoolean()).as("stale before").isFalse();

            clock.advance(QUIET_TIME);
            await().atMost(WAIT).until(() -> staleWarnings(logs, "sp4n") == 1);
            harness.awaitPolls(3);

            assertThat(staleWarnings(logs, "sp4n")).as("stale warnings after three more polls").isEqualTo(1);
            assertThat(readiness(harness).at("/upstreams/sp4n/stale").asBoolean()).as("stale in /health/ready")
                    .isTrue();
            assertThat(readiness(harness).at("/status").asText()).as("readiness while stale").isEqualTo("UP");

            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7962"));
            await().atMost(WAIT).until(() -> clearedLines(logs, "sp4n") == 1);
            harness.awaitPolls(3);

            assertThat(clearedLines(logs, "sp4n")).as("clearing lines after three more polls").isEqualTo(1);
            assertThat(staleWarnings(logs, "sp4n")).as("stale warnings after new data").isEqualTo(1);
            assertThat(readiness(harness).at("/upstreams/sp4n/stale").asBoolean()).as("stale after new data")
                    .isFalse();
        }
    }

    @Test
    void unhealthyAtConfiguredFailedPolls() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder);
             LogCapture logs = new LogCapture(SourceHealth.class)) {
            harness.set("bridge.health.unhealthy-after-failed-polls", "4").start();
            harness.awaitPolls(1);

            harness.mock().inject(GET_COMPLAINTS, MockFault.status(503), 3);
            await().atMost(WAIT).until(() -> harness.mock().sp4n().calls().stream()
                    .filter(call -> call.status() == 503).count() == 3);
            harness.awaitPolls(1);
            assertThat(logs.messages(Level.WARN, "Source unhealthy")).as("unhealthy warnings after 3 failed polls")
                    .isEmpty();

            harness.mock().inject(GET_COMPLAINTS, MockFault.status(503), 4);
            await().atMost(WAIT).until(() -> harness.mock().sp4n().calls().stream()
                    .filter(call -> call.status() == 503).count() == 7);
            harness.awaitPolls(1);

            assertThat(logs.messages(Level.WARN, "Source unhealthy")).as("unhealthy warnings after 4 failed polls")
                    .singleElement().asString().contains("source=sp4n", "consecutiveFailures=4");
            assertThat(logs.messages(Level.INFO, "Source healthy again")).as("clearing lines")
                    .singleElement().asString().contains("source=sp4n", "failedPollsBefore=4");
            assertThat(readiness(harness).at("/upstreams/sp4n/status").asText()).as("after recovery")
                    .isEqualTo("UP");
        }
    }

    private static long staleWarnings(LogCapture logs, String source) {
        return logs.messages(Level.WARN, "Source stale").stream()
                .filter(line -> line.contains("source=" + source + " ")).count();
    }

    private static long clearedLines(LogCapture logs, String source) {
        return logs.messages(Level.INFO, "Source delivers again").stream()
                .filter(line -> line.contains("source=" + source + " ")).count();
    }

    private JsonNode readiness(BridgeHarness harness) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + harness.bridge().healthPort()
                + "/health/ready")).timeout(Duration.ofSeconds(10)).build();
        return new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
