package id.laporbridge.faults;

import ch.qos.logback.classic.Level;
import id.laporbridge.fetch.PollPauses;
import id.laporbridge.mock.MockFault;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINTS;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! replies to the first listing call with 429 and Retry-After: 3. No SP4N-LAPOR! listing call follows for
 * 3 s, for any institution, while Lapor Bantul keeps its poll interval. The pause and its end are logged, and the
 * polls then read the complaint.
 */
class PollHonoursRetryAfterIT {

    private static final int RETRY_AFTER_SECONDS = 3;

    @TempDir
    Path folder;

    @Test
    void pollWaitsRetryAfterThenResumes() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder);
             LogCapture logs = new LogCapture(PollPauses.class)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7971"));
            harness.mock().inject(GET_COMPLAINTS, MockFault.rateLimited(RETRY_AFTER_SECONDS), 1);
            harness.start();

            await().atMost(WAIT).until(() -> FaultFixtures.stored(harness, "sp4n", "7971") == 1);
            List<RecordedCall> listings = harness.mock().sp4n().calls().stream()
                    .filter(call -> call.path().equals(GET_COMPLAINTS)).toList();
            RecordedCall limited = listings.get(0);
            Instant nextListing = listings.get(1).receivedAt();
            Duration gap = Duration.between(limited.receivedAt(), nextListing);
            long laporBantulPollsDuringPause = harness.mock().laporBantul().calls().stream()
                    .filter(call -> call.path().equals(FaultFixtures.ADUAN) && call.method().equals("GET"))
                    .filter(call -> call.receivedAt().isAfter(limited.receivedAt())
                            && call.receivedAt().isBefore(nextListing))
                    .count();

            assertThat(limited.status()).as("status of the first listing call").isEqualTo(429);
            assertThat(gap).as("time from the 429 to the next SP4N-LAPOR! listing call")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS))
                    .isLessThan(Duration.ofSeconds(RETRY_AFTER_SECONDS + 5));
            assertThat(laporBantulPollsDuringPause).as("Lapor Bantul listing calls during the pause")
                    .isGreaterThanOrEqualTo(2);
            List<String> paused = logs.messages(Level.WARN, "Poll paused by Retry-After");
            assertThat(paused).as("pause log lines").hasSize(1);
            assertThat(paused.get(0)).contains("source=sp4n", "listing=" + limited.params().get("institution_id"),
                    "attempt=1", "delayMs=" + RETRY_AFTER_SECONDS * 1000,
                    "cause=\"status 429 on " + harness.mock().baseUrl() + GET_COMPLAINTS + ": HTTP 429\"");
            assertThat(logs.messages(Level.INFO, "Poll resumes after Retry-After source=sp4n")).as("resume log lines")
                    .hasSize(1);
        }
    }
}
