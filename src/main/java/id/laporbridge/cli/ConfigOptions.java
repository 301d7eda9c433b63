package id.laporbridge.cli;

import id.laporbridge.app.Settings;
import id.laporbridge.store.Database;
import org.h2.api.ErrorCode;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.SQLException;
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

    /**
     * Opens the configured store. An H2 file that does not exist is an error ({@link StoreNotFoundException}), not
     * a new empty store; a file locked by another process, usually the running bridge, is a
     * {@link StoreInUseException}.
     */
    public Database openExistingStore() {
        String jdbcUrl = settings().text("bridge.store.jdbc-url");
        try {
            return Database.open(existingStore(jdbcUrl), 2);
        } catch (RuntimeException e) {
            // H2 error 90020 is "Database may be already in use", 90146 "Database not found, and IFEXISTS=true".
            if (hasH2Error(e, ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                throw new StoreInUseException(jdbcUrl, e);
            }
            if (hasH2Error(e, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1)) {
                throw new StoreNotFoundException(jdbcUrl, configDir, e);
            }
            throw e;
        }
    }

    private static boolean hasH2Error(Throwable failure, int errorCode) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == errorCode) {
                return true;
            }
        }
        return false;
    }

    /** Adds IFEXISTS to an H2 file URL, so that a mistyped path fails instead of creating a new store. */
    public static String existingStore(String jdbcUrl) {
        return isH2File(jdbcUrl) && !jdbcUrl.toUpperCase(Locale.ROOT).contains("IFEXISTS")
                ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
    }

    /** Tells whether {@code jdbcUrl} names a local H2 file rather than an in-memory or server database. */
    static boolean isH2File(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./")
                || jdbcUrl.startsWith("jdbc:h2:/") || jdbcUrl.startsWith("jdbc:h2:~");
    }
}
