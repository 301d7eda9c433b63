package id.laporbridge.cli;

import id.laporbridge.app.Settings;
import id.laporbridge.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The options every command that reads the bridge's settings takes, and how such a command opens the store. */
public final class ConfigOptions {

    @Option(names = "--config-dir", defaultValue = "config",
            description = "Configuration folder with lapor-bridge.properties and the maps (default: ${DEFAULT-VALUE}).")
    private Path configDir;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "File of NAME=value lines with settings such as secrets; environment variables override it.")
    private Path envFile;

    public Path configDir() {
        return configDir;
    }

    public Path envFile() {
        return envFile;
    }

    /** Reads the settings without requiring the secrets, which commands that only read the store do not need. */
    public Settings settings() {
        return Settings.load(configDir.resolve("lapor-bridge.properties"), envFile, System.getenv(), Map.of());
    }

    /** Opens the configured store; an H2 file that does not exist is an error, not a new empty store. */
    public Database openExistingStore() {
        return Database.open(existingStore(settings().text("bridge.store.jdbc-url")), 2);
    }

    /** Adds IFEXISTS to an H2 file URL, so that a mistyped path fails instead of creating a new store. */
    public static String existingStore(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./")
                || jdbcUrl.startsWith("jdbc:h2:/");
        return h2File && !jdbcUrl.toUpperCase(Locale.ROOT).contains("IFEXISTS") ? jdbcUrl + ";IFEXISTS=TRUE"
                : jdbcUrl;
    }
}
