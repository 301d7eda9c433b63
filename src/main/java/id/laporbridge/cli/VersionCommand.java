package id.laporbridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the bridge's version. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version and exit.")
final class VersionCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("lapor-bridge " + version());
    }

    static String version() {
        String version = VersionCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** Supplies {@code --version} of the top command. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lapor-bridge " + version()};
        }
    }
}
