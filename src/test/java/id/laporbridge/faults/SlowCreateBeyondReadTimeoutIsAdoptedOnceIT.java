package id.laporbridge.faults;

import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static id.laporbridge.faults.FaultFixtures.ADUAN;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lapor Bantul creates the aduan but replies after the bridge's read timeout. The bridge records the timeout,
 * sends again, gets 409 with the aduan it created and adopts it, so the complaint has one aduan. The Lapor Bantul
 * listing shares the path, so the delay is injected after its only poll.
 */
class SlowCreateBeyondReadTimeoutIsAdoptedOnceIT {

    @TempDir
    Path folder;

    @Test
    void timedOutCreateIsAdopted() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.set("bridge.lapor-bantul.poll-interval-ms", "600000")
                    .set("bridge.http.read-timeout-ms", "1000")
                    .set("bridge.outbox.backoff-seconds", "1")
                    .set("bridge.outbox.interval-ms", "500")
                    .start();
            ListingPoll laporBantul = harness.bean("laporBantulListing", ListingPoll.class);
            await().atMost(WAIT).until(() -> laporBantul.finishedPolls() == 1);
            harness.mock().inject(ADUAN, MockFault.delay(Duration.ofSeconds(3)), 1);
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7801"));

            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "create-aduan", "done") == 1);

            assertThat(FaultFixtures.posts(harness, ADUAN)).as("create calls").isEqualTo(2);
            assertThat(harness.mock().laporBantul().aduanList().stream()
                    .filter(aduan -> aduan.path("ref_sp4n").asText().equals("7801")).count())
                    .as("aduan for the complaint").isEqualTo(1);
            assertThat(harness.count("SELECT attempts FROM outbox_item WHERE action = 'create-aduan'"))
                    .isEqualTo(2);
            assertThat(harness.count("SELECT COUNT(*) FROM complaint_link WHERE linked_by = 'adopted'"))
                    .isEqualTo(1);
        }
    }
}
