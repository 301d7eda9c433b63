package id.laporbridge.faults;

import id.laporbridge.fetch.SourceHealth;
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

/** Lapor Bantul sends the headers of the aduan listing and then stalls: the read times out, the next poll reads it. */
class StalledBodyTimesOutAndPollResumesIT {

    @TempDir
    Path folder;

    @Test
    void pollResumesAfterStall() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            var aduan = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("judul", "Lampu jalan mati").put("isi", "Sudah seminggu").put("sumber", "android");
            aduan.putObject("opd").put("kode", "12500");
            String id = harness.mock().laporBantul().createAduan(aduan).get("id").asText();
            harness.mock().inject(ADUAN, MockFault.stalledBody(Duration.ofSeconds(8)), 2);
            harness.set("bridge.http.read-timeout-ms", "700").start();
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);

            await().atMost(WAIT).until(() -> health.consecutiveFailures("lapor-bantul") >= 1);
            await().atMost(WAIT).until(() -> FaultFixtures.stored(harness, "lapor-bantul", id) == 1);

            assertThat(health.healthy("lapor-bantul")).isTrue();
        }
    }
}
