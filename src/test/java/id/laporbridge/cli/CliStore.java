package id.laporbridge.cli;

import id.laporbridge.support.ProjectFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A copy of the project's configuration folder whose settings name a store file of its own, and the command line
 * run in this JVM against it, with what each run printed kept.
 */
final class CliStore {

    private final Path config;
    private final String jdbcUrl;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CliStore(Path config, String jdbcUrl) {
        this.config = config;
        this.jdbcUrl = jdbcUrl;
    }

    /** Copies the configuration into {@code folder/config} and names the store {@code folder/store/store}. */
    static CliStore create(Path folder) throws IOException {
        Path config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        String jdbcUrl = "jdbc:h2:file:" + folder.resolve("store/store").toAbsolutePath();
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=" + jdbcUrl + "\n");
        return new CliStore(config, jdbcUrl);
    }

    Path config() {
        return config;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Returns the store's H2 file. */
    Path storeFile() {
        return config.resolveSibling("store").resolve("store.mv.db");
    }

    /** Runs the command line with {@code --config-dir} added and returns its exit code. */
    int run(String... args) {
        String[] withConfig = Arrays.copyOf(args, args.length + 2);
        withConfig[args.length] = "--config-dir";
        withConfig[args.length + 1] = config.toString();
        return LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), withConfig);
    }

    /** Returns everything the runs so far printed to standard output. */
    String out() {
        return out.toString();
    }

    /** Returns everything the runs so far printed to standard error. */
    String err() {
        return err.toString();
    }
}
