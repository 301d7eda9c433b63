package id.laporbridge.cli;

import ch.qos.logback.classic.Level;
import id.laporbridge.support.LogCapture;
import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command that reads the store names the missing store file and how to choose another, in two lines. */
class MissingStoreIT {

    @TempDir
    Path folder;

    private Path config;
    private Path storeFile;

    @BeforeEach
    void pointAtMissingStore() throws Exception {
        config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        Path store = folder.resolve("missing/store").toAbsolutePath();
        storeFile = Path.of(store + ".mv.db");
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=jdbc:h2:file:" + store
                + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaint show 1", "outbox list", "outbox retry --all", "quarantine list",
        "quarantine replay --all", "dedup rebuild", "report --from 2026-11-01 --to 2026-11-30"})
    void commandNamesMissingStore(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--config-dir", config.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (LogCapture log = new LogCapture(FailureExitHandler.class)) {
            exit = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    args.toArray(String[]::new));
            assertThat(log.messages(Level.ERROR, "")).as("errors logged to the console").isEmpty();
        }

        String[] words = command.split(" ");
        String name = "lapor-bridge " + words[0] + (words[0].equals("report") ? "" : " " + words[1]);
        assertThat(exit).as("exit code; errors: %s", err).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().lines()).as("error lines").hasSize(2);
        assertThat(err.toString()).startsWith(name + ": store " + storeFile + " does not exist");
        assertThat(err.toString()).contains("bridge.store.jdbc-url in " + config.resolve("lapor-bridge.properties"));
        assertThat(err.toString()).contains("BRIDGE_STORE_JDBC_URL=jdbc:h2:file:./work/demo/store");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("IFEXISTS");
        assertThat(storeFile).as("store file").doesNotExist();
    }
}
