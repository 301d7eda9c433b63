package id.laporbridge.faults;

import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINTS;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! accepts every listing call and never answers. The read timeout ends each call, the SP4N-LAPOR!
 * source turns unhealthy, the Lapor Bantul poll keeps its schedule, and all clears once SP4N-LAPOR! answers again.
 */
class HungUpstreamTimesOutAndOtherKeepsPollingIT {

    @TempDir
    Path folder;

    @Test
    void otherUpstreamKeepsPolling() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7501"));
            harness.mock().injectUntilCleared(GET_COMPLAINTS, MockFault.noReply());
            harness.set("bridge.http.read-timeout-ms", "500").start();
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);
            ListingPoll laporBantul = harness.bean("laporBantulListing", ListingPoll.class);

            await().atMost(WAIT).until(() -> !health.healthy("sp4n"));
            long laporBantulPolls = laporBantul.finishedPolls();
            await().atMost(WAIT).until(() -> health.consecutiveFailures("sp4n") >= 6);

            assertThat(laporBantul.finishedPolls()).as("Lapor Bantul polls during the hang")
                    .isGreaterThan(laporBantulPolls);
            assertThat(health.healthy("lapor-bantul")).isTrue();
            assertThat(FaultFixtures.stored(harness, "sp4n", "7501")).isZero();

            harness.mock().clearFaults(GET_COMPLAINTS);
            await().atMost(WAIT).until(() -> FaultFixtures.stored(harness, "sp4n", "7501") == 1);
            await().atMost(WAIT).until(() -> health.healthy("sp4n"));
            assertThat(health.lastGoodPollAt("sp4n")).isPresent();
        }
    }
}
