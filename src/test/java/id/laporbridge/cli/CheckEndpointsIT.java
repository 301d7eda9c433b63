package id.laporbridge.cli;

import ch.qos.logback.classic.Level;
import id.laporbridge.deliver.DeliveryWakeUp;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;
import id.laporbridge.support.LogCapture;
import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** check-endpoints against the mock: one read per upstream, nothing written, a bad key reported. */
class CheckEndpointsIT {

    @TempDir
    Path folder;

    @Test
    void readsBothUpstreamsAndWritesNothing() throws Exception {
        try (MockUpstreams mock = MockUpstreams.start(MockOptions.defaults().port(0)
                .sp4nKeytokens(Set.of("good-key")).laporBantulClients(Map.of("client", "secret")))) {
            mock.seed(Path.of("mock-sp4n", "seed", "example.json"));
            Path config = writeConfig(mock);

            StringWriter out = new StringWriter();
            int exit;
            try (LogCapture wakeUps = new LogCapture(DeliveryWakeUp.class)) {
                exit = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                        "check-endpoints", "--config-dir", config.toString(), "--env-file",
                        env("good-key").toString());
                assertThat(wakeUps.messages(Level.WARN, "")).as("wake-up warnings without delivery flows").isEmpty();
            }

            assertThat(exit).as("exit code; output: %s", out).isZero();
            assertThat(out.toString()).containsPattern("sp4n +OK  latencyMs=\\d+")
                    .containsPattern("lapor-bantul +OK  latencyMs=\\d+");
            assertThat(mock.laporBantul().calls()).allSatisfy(call -> assertThat(call.path())
                    .isIn("/api/v1/auth/token", "/api/v1/aduan"));
            assertThat(mock.laporBantul().createAduanCalls()).isZero();
            assertThat(mock.sp4n().calls()).allSatisfy(call -> assertThat(call.path())
                    .endsWith("/getcomplaints"));
            assertThat(mock.sp4n().calls()).allSatisfy(call -> assertThat(call.params()).containsEntry("limit", "1"));
        }
    }

    @Test
    void wrongKeytokenFailsSp4nOnly() throws Exception {
        try (MockUpstreams mock = MockUpstreams.start(MockOptions.defaults().port(0)
                .sp4nKeytokens(Set.of("good-key")).laporBantulClients(Map.of("client", "secret")))) {
            Path config = writeConfig(mock);
            StringWriter out = new StringWriter();

            int exit = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                    "check-endpoints", "--config-dir", config.toString(), "--env-file", env("bad-key").toString());

            assertThat(exit).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(out.toString()).containsPattern("sp4n +FAILED").containsPattern("lapor-bantul +OK");
        }
    }

    private Path writeConfig(MockUpstreams mock) throws Exception {
        Path config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.sp4n.base-url=" + mock.baseUrl()
                + "\nbridge.lapor-bantul.base-url=" + mock.baseUrl() + "\nbridge.routes.dir="
                + Path.of("routes").toAbsolutePath() + "\n");
        return config;
    }

    private Path env(String keytoken) throws Exception {
        return Files.writeString(folder.resolve("secrets-" + keytoken + ".env"), "BRIDGE_SP4N_KEYTOKEN=" + keytoken
                + "\nBRIDGE_LAPOR_BANTUL_CLIENT_ID=client\nBRIDGE_LAPOR_BANTUL_CLIENT_SECRET=secret\n");
    }
}
