package id.laporbridge.cli;

import id.laporbridge.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lapor-bridge} command line: one subcommand per task an operator runs. */
@Command(name = "lapor-bridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Keeps Lapor Bantul and SP4N-LAPOR! in step.",
        subcommands = {RunCommand.class, DemoCommand.class, MockCommand.class, VersionCommand.class,
                ReportCommand.class})
public final class LaporBridgeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        return new CommandLine(new LaporBridgeCommand())
                .setExecutionExceptionHandler(new FailureExitHandler())
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
