package id.laporbridge.faults;

import id.laporbridge.mock.MockFault;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.laporbridge.faults.FaultFixtures.ADD_FOLLOWUP;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OPD answers a complaint twice while SP4N-LAPOR! refuses every follow-up with 503. The second answer is not
 * tried while the first is unsent; once SP4N-LAPOR! recovers, both arrive once each and in the order given.
 */
class AnswerWaitsForOlderUnsentAnswerIT {

    private static final String TRACKING_ID = "7951";

    @TempDir
    Path folder;

    @Test
    void secondAnswerWaitsForFirst() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID));
            harness.start();
            FaultFixtures.awaitMirrored(harness, TRACKING_ID);
            harness.mock().injectUntilCleared(ADD_FOLLOWUP, MockFault.status(503));

            String first = FaultFixtures.answer(harness, TRACKING_ID, "Jawaban sementara pertama");
            await().atMost(WAIT).until(() -> attempts(harness, first) >= 1);
            String second = FaultFixtures.answer(harness, TRACKING_ID, "Jawaban akhir kedua");
            await().atMost(WAIT).until(() -> items(harness, second) == 1);
            int firstAttemptsWhenSecondQueued = attempts(harness, first);
            await().atMost(WAIT).until(() -> attempts(harness, first) >= firstAttemptsWhenSecondQueued + 2);

            assertThat(attempts(harness, second)).as("attempts of the second answer while the first is unsent")
                    .isZero();
            assertThat(calls(harness, second)).as("addfollowup calls with the second answer").isEmpty();

            harness.mock().clearFaults(ADD_FOLLOWUP);
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM outbox_item "
                    + "WHERE action = 'add-followup' AND state = 'done'") == 2);

            List<String> stored = new ArrayList<>();
            harness.mock().sp4n().followups(TRACKING_ID).forEach(followup -> stored.add(followup.path("content")
                    .asText()));
            assertThat(stored).as("follow-ups on SP4N-LAPOR!, oldest first").containsExactly(first, second);
            List<String> callOrder = harness.mock().sp4n().calls().stream()
                    .filter(call -> call.path().equals(ADD_FOLLOWUP))
                    .map(call -> call.params().get("content")).toList();
            assertThat(callOrder.indexOf(second)).as("first call with the second answer comes after the last with "
                    + "the first").isGreaterThan(callOrder.lastIndexOf(first));
            assertThat(calls(harness, second)).as("addfollowup calls with the second answer").hasSize(1);
        }
    }

    private static int attempts(BridgeHarness harness, String content) {
        return (int) harness.count("SELECT COALESCE(MAX(attempts), 0) FROM outbox_item WHERE action = 'add-followup' "
                + "AND payload_json LIKE ?", "%" + content + "%");
    }

    private static long items(BridgeHarness harness, String content) {
        return harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = 'add-followup' AND payload_json LIKE ?",
                "%" + content + "%");
    }

    private static List<RecordedCall> calls(BridgeHarness harness, String content) {
        return harness.mock().sp4n().calls().stream()
                .filter(call -> call.path().equals(ADD_FOLLOWUP) && content.equals(call.params().get("content")))
                .toList();
    }
}
