package id.laporbridge.cli;

import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.ProjectFiles;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ComplaintShowIT {

    @TempDir
    Path folder;

    @Test
    void showsLinkStatusesAndOutboxWithoutReporter() throws Exception {
        Path config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        try (BridgeHarness harness = new BridgeHarness(folder.resolve("store"))) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7601", "3404002", "Lampu mati",
                    "Lampu jalan mati", LocalDateTime.of(2026, 12, 3, 8, 0)));
            harness.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> harness.mock().laporBantul().aduanByRefSp4n("7601").isPresent());
            harness.awaitPolls(1);
        }
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=jdbc:h2:file:"
                + folder.resolve("store/store").toAbsolutePath() + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "complaint", "show", "sp4n:7601", "--config-dir", config.toString());

        assertThat(exit).as("exit code; errors: %s", err).isZero();
        assertThat(out.toString()).contains("upstream_id=7601").contains("linked_by=created")
                .contains("status=TERDISPOSISI").contains("action=create-aduan  state=done")
                .contains("reporter_on_file=true").doesNotContain("Pelapor Uji").doesNotContain("@contoh.test");
        int missing = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "complaint", "show", "sp4n:0000", "--config-dir", config.toString());
        assertThat(missing).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(err.toString()).contains("No single complaint matches 'sp4n:0000'");
    }
}
