package id.laporbridge.faults;

import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.laporbridge.faults.FaultFixtures.ADUAN;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 500, 502, 503 and 504 on aduan creation are retried with backoff; the aduan is created once. The Lapor Bantul
 * listing shares the path, so the faults are injected after its only poll.
 */
class ServerErrorsAreRetriedUntilCreatedIT {

    @TempDir
    Path folder;

    @Test
    void aduanCreatedOnceAfterFourErrors() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.set("bridge.lapor-bantul.poll-interval-ms", "600000").start();
            ListingPoll laporBantul = harness.bean("laporBantulListing", ListingPoll.class);
            await().atMost(WAIT).until(() -> laporBantul.finishedPolls() == 1);
            for (int status : new int[] {500, 502, 503, 504}) {
                harness.mock().inject(ADUAN, MockFault.status(status), 1);
            }
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7701"));

            FaultFixtures.awaitMirrored(harness, "7701");
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "create-aduan", "done") == 1);

            assertThat(harness.mock().laporBantul().createAduanCalls()).isEqualTo(1);
            assertThat(harness.count("SELECT attempts FROM outbox_item WHERE action = 'create-aduan'"))
                    .isEqualTo(5);
            assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE last_error_reason IS NOT NULL"))
                    .isZero();
        }
    }
}
