package id.laporbridge.cli;

import java.nio.file.Path;

/** The H2 store that {@code bridge.store.jdbc-url} names does not exist, so a command that reads it cannot run. */
final class StoreNotFoundException extends RuntimeException {

    StoreNotFoundException(String jdbcUrl, Path configDir, Throwable cause) {
        super("store " + describe(jdbcUrl) + " does not exist (bridge.store.jdbc-url=" + jdbcUrl + ").\n"
                + "Choose the store with bridge.store.jdbc-url in " + configDir.resolve("lapor-bridge.properties")
                + " (see --config-dir) or the environment variable BRIDGE_STORE_JDBC_URL, e.g. "
                + "BRIDGE_STORE_JDBC_URL=jdbc:h2:file:./work/demo/store for the demo's store.", cause);
    }

    /** Names the store's file for a local H2 URL, as H2 resolves it, or the URL itself for any other store. */
    private static String describe(String jdbcUrl) {
        Path file = h2File(jdbcUrl);
        return file == null ? jdbcUrl : file.toString();
    }

    /**
     * Returns the {@code .mv.db} file of a local H2 URL such as {@code jdbc:h2:file:./work/store}: relative to the
     * working directory, {@code ~} for the home folder. Returns null for an in-memory or server URL.
     */
    static Path h2File(String jdbcUrl) {
        if (!ConfigOptions.isH2File(jdbcUrl)) {
            return null;
        }
        String name = jdbcUrl.substring("jdbc:h2:".length());
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db").toAbsolutePath().normalize();
    }
}
