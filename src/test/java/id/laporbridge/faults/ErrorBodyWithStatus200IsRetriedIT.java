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

/** HTTP 200 with {"status":"error"} is a failed poll, not an empty page; the next poll reads the complaint. */
class ErrorBodyWithStatus200IsRetriedIT {

    @TempDir
    Path folder;

    @Test
    void errorBodyFailsThePoll() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7801"));
            harness.mock().inject(GET_COMPLAINTS, MockFault.errorBody(), 6);
            harness.start();
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);

            await().atMost(WAIT).until(() -> FaultFixtures.stored(harness, "sp4n", "7801") == 1);

            assertThat(harness.count("SELECT COUNT(*) FROM poll_cursor WHERE source = 'sp4n'")).isPositive();
            assertThat(health.healthy("sp4n")).isTrue();
        }
    }
}
