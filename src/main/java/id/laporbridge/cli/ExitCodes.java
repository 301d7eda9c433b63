package id.laporbridge.cli;

/** Exit codes of the command line, as listed in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran but did not reach its goal, e.g. {@code demo --once} timed out. */
    public static final int INCOMPLETE = 1;
    /** Invalid command line (picocli's own code). */
    public static final int USAGE = 2;
    /** Invalid settings or configuration files. */
    public static final int CONFIG = 3;
    /** Any other failure while starting or running. */
    public static final int FAILURE = 4;

    private ExitCodes() {
    }
}
