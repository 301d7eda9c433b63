package id.laporbridge.faults;

import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.laporbridge.faults.FaultFixtures.ADD_FOLLOWUP;
import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINT;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! stores the follow-up and its reply never comes, so the read times out. The HTTP client must not send the POST again
 * by itself, and the next attempt must find the follow-up by its client_ref instead of posting it twice.
 */
class FollowupCommittedThenTimedOutIsPostedOnceIT {

    @TempDir
    Path folder;

    @Test
    void followupIsPostedOnce() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7402"));
            harness.set("bridge.http.read-timeout-ms", "1000").start();
            FaultFixtures.awaitMirrored(harness, "7402");
            harness.mock().inject(ADD_FOLLOWUP, MockFault.noReply().afterApplying(), 1);

            String text = FaultFixtures.answer(harness, "7402", "Jawaban sementara setelah batas waktu");
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "done") == 1);

            assertThat(harness.mock().sp4n().addFollowupCalls()).as("addfollowup calls").isEqualTo(1);
            assertThat(FaultFixtures.followupsWithContent(harness, "7402", text)).isEqualTo(1);
            assertThat(FaultFixtures.calls(harness, GET_COMPLAINT)).as("client_ref look-ups").isEqualTo(1);
            assertThat(harness.count("SELECT attempts FROM outbox_item WHERE action = 'add-followup'"))
                    .isEqualTo(2);
        }
    }
}
