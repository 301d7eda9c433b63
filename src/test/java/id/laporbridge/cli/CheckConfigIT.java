package id.laporbridge.cli;

import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** check-config on copies of the project's configuration and routes, valid and with one mistake each. */
class CheckConfigIT {

    @TempDir
    Path folder;

    private Path config;
    private Path routes;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyProject() throws Exception {
        config = folder.resolve("config");
        routes = folder.resolve("routes");
        ProjectFiles.copyTree(Path.of("config"), config);
        ProjectFiles.copyTree(Path.of("routes"), routes);
        Files.writeString(folder.resolve("secrets.env"), "BRIDGE_SP4N_KEYTOKEN=k\n"
                + "BRIDGE_LAPOR_BANTUL_CLIENT_ID=c\nBRIDGE_LAPOR_BANTUL_CLIENT_SECRET=s\n");
    }

    private int checkConfig() {
        return LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "check-config",
                "--config-dir", config.toString(), "--env-file", folder.resolve("secrets.env").toString());
    }

    @Test
    void shippedConfigurationIsValid() {
        assertThat(checkConfig()).as("exit code; errors: %s", err).isZero();
        assertThat(out.toString()).contains("Configuration valid");
    }

    @Test
    void badIndentationInRouteNamesFileAndLine() throws Exception {
        Path route = routes.resolve("sp4n-poll.yaml");
        Files.writeString(route, Files.readString(route).replace("    id: sp4n-poll", "   id: sp4n-poll"));
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("sp4n-poll.yaml").contains("line 5");
    }

    @Test
    void unknownStepInRouteIsNamed() throws Exception {
        Path route = routes.resolve("answers-to-sp4n.yaml");
        Files.writeString(route, Files.readString(route).replaceFirst("- bean:", "- beanz:"));
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("answers-to-sp4n.yaml").contains("beanz");
    }

    @Test
    void unknownComponentInRouteIsNamed() throws Exception {
        Path route = routes.resolve("lapor-bantul-poll.yaml");
        Files.writeString(route, Files.readString(route).replace("uri: quartz:", "uri: quarts:"));
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("lapor-bantul-poll").contains("quarts");
    }

    @Test
    void unknownEndpointOptionIsNamed() throws Exception {
        Path route = routes.resolve("mirror-to-lapor-bantul.yaml");
        Files.writeString(route, Files.readString(route).replace("stateful: \"true\"", "statefull: \"true\""));
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("mirror-to-lapor-bantul").contains("statefull");
    }

    @Test
    void brokenConfigFileNamesFileAndLine() throws Exception {
        Files.writeString(config.resolve("status-map.yaml"), "sp4n:\n  SELESAI: closed\n   DITUNDA: on_hold\n");
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("status-map.yaml:3:");
    }

    @Test
    void unknownStatusInMapIsNamed() throws Exception {
        Path map = config.resolve("status-map.yaml");
        Files.writeString(map, Files.readString(map).replace("dijawab: answered", "dijawab: answerd"));
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("lapor-bantul.dijawab names unknown stage 'answerd'");
    }

    @Test
    void brokenCronIsNamed() throws Exception {
        Path properties = config.resolve("lapor-bridge.properties");
        Files.writeString(properties, Files.readString(properties) + "bridge.sla.holiday-check-cron=0 0 25 * * ?\n");
        assertThat(checkConfig()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("bridge.sla.holiday-check-cron");
    }
}
