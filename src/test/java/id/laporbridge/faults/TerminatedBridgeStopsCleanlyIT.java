package id.laporbridge.faults;

import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM in the middle of a sync: the packaged bridge finishes what is in flight, exits with 143, and a restart
 * completes the sync with every aduan created once.
 */
class TerminatedBridgeStopsCleanlyIT {

    private static final int COMPLAINTS = 300;

    @TempDir
    Path folder;

    @Test
    void sigtermMidSyncLosesAndRepeatsNothing() throws Exception {
        try (MockUpstreams mock = MockUpstreams.start(MockOptions.defaults().port(0)
                .sp4nKeytokens(Set.of(BridgeHarness.KEYTOKEN))
                .laporBantulClients(Map.of(BridgeHarness.CLIENT_ID, BridgeHarness.CLIENT_SECRET)))) {
            for (int i = 0; i < COMPLAINTS; i++) {
                mock.sp4n().putComplaint(Sp4nComplaints.complaint(Integer.toString(8_100_000 + i), "3404002",
                        "Aduan " + i, "Isi aduan nomor " + i, LocalDateTime.of(2026, 12, 1, 8, 0).plusMinutes(i)));
            }
            BridgeProcess bridge = new BridgeProcess(folder, mock, Map.of(
                    "bridge.sp4n.poll-interval-ms", "300", "bridge.outbox.interval-ms", "200",
                    "bridge.outbox.batch-size", "5"));
            bridge.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> mock.laporBantul().aduanList().size() >= 20);

            bridge.stop();

            assertThat(bridge.exitValue()).as("exit code; console:%n%s", bridge.consoleTail()).isEqualTo(143);
            assertThat(Files.readString(bridge.consoleFile())).contains("Bridge stopped");
            bridge.start();
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> mock.laporBantul().aduanList().size() == COMPLAINTS);
            bridge.stop();
            assertThat(mock.laporBantul().createAduanCalls()).isEqualTo(COMPLAINTS);
            assertThat(mock.laporBantul().conflictCalls()).isZero();
        }
    }
}
