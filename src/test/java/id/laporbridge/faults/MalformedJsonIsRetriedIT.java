package id.laporbridge.faults;

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

/** A listing reply cut off in the middle of its JSON fails the poll; the next poll reads the complaint. */
class MalformedJsonIsRetriedIT {

    @TempDir
    Path folder;

    @Test
    void malformedReplyFailsThePoll() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7802"));
            harness.mock().inject(GET_COMPLAINTS, MockFault.malformedJson(), 6);
            harness.start();
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);

            await().atMost(WAIT).until(() -> FaultFixtures.stored(harness, "sp4n", "7802") == 1);

            assertThat(harness.count("SELECT COUNT(*) FROM poll_cursor WHERE source = 'sp4n'")).isPositive();
            assertThat(health.healthy("sp4n")).isTrue();
        }
    }
}
