package id.laporbridge.cli;

import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} with one mistake in a copy of the route files: the start stops with exit code 3 and names the file and
 * the mistake, as {@code check-config} does, although the routes are built only once, by Camel itself.
 */
class BrokenRouteAtStartIT {

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
                + "BRIDGE_LAPOR_BANTUL_CLIENT_ID=c\nBRIDGE_LAPOR_BANTUL_CLIENT_SECRET=s\n"
                + "BRIDGE_STORE_JDBC_URL=jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + "\n"
                + "BRIDGE_HEALTH_PORT=0\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sp4n-poll.yaml | '    id: sp4n-poll' | '   id: sp4n-poll' | line 5",
        "answers-to-sp4n.yaml | '- bean:' | '- beanz:' | beanz",
        "lapor-bantul-poll.yaml | 'uri: quartz:' | 'uri: quarts:' | quarts",
        "mirror-to-lapor-bantul.yaml | 'stateful: \"true\"' | 'statefull: \"true\"' | statefull",
        "sla-check.yaml | 'ref: slaCheck' | 'ref: slaCheckz' | slaCheckz"
    })
    void mistakeStopsStartWithCode3(String file, String text, String mistake, String named) throws Exception {
        Path route = routes.resolve(file);
        String original = Files.readString(route);
        assertThat(original).as("text to replace in %s", file).contains(text);
        Files.writeString(route, original.replaceFirst(java.util.regex.Pattern.quote(text), mistake));

        int exitCode = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run",
                "--config-dir", config.toString(), "--env-file", folder.resolve("secrets.env").toString());

        assertThat(exitCode).as("exit code; errors: %s", err).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("Invalid route files").contains(file.replace(".yaml", ""))
                .contains(named);
    }
}
