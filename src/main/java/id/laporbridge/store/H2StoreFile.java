package id.laporbridge.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code .mv.db} file that H2 opens for a JDBC URL of a local file store. */
final class H2StoreFile {

    private static final String H2_PREFIX = "jdbc:h2:";
    /**
     * A file system prefix of H2 other than {@code file:}, such as {@code nio:}, {@code split:} or {@code memFS:}.
     * A single letter is a Windows drive, not a prefix.
     */
    private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("^[A-Za-z][A-Za-z0-9]+:");

    private H2StoreFile() {
    }

    /**
     * Returns the store file of {@code jdbcUrl} as H2 2.5.252 resolves it ({@code ConnectionInfo.parseName} and
     * {@code FilePathDisk.expandUserHomeDirectory}): the name up to the first {@code ;}, without {@code file:},
     * with {@code ~} as the user's home folder and a relative name against the working folder, plus
     * {@code .mv.db}. Returns empty for any other URL: not H2, in-memory ({@code mem:} or {@code .}), a server
     * ({@code tcp:}, {@code ssl:}), or another H2 file system such as {@code nio:} or {@code split:}.
     * NOTE: the system property {@code h2.baseDir}, which H2 resolves relative names against, is not read.
     */
    static Optional<Path> forUrl(String jdbcUrl) {
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith(H2_PREFIX)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(H2_PREFIX.length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.equals(".") || name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return Optional.empty();
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.isEmpty() || OTHER_FILE_SYSTEM.matcher(name).find()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(expandHome(name) + ".mv.db").toAbsolutePath().normalize());
    }

    private static String expandHome(String name) {
        if (name.equals("~") || name.startsWith("~/")) {
            return System.getProperty("user.home") + name.substring(1);
        }
        return name;
    }
}
