package id.laporbridge.cli;

import id.laporbridge.mock.MockMain;
import id.laporbridge.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code lapor-bridge} command line: one subcommand per task an operator runs. */
@Command(name = "lapor-bridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Keeps Lapor Bantul and SP4N-LAPOR! in step.",
        subcommands = {RunCommand.class, DemoCommand.class, CheckConfigCommand.class, CheckEndpointsCommand.class,
            ComplaintCommand.class, QuarantineCommand.class, OutboxCommand.class, ReportCommand.class,
            DedupCommand.class, StoreCommand.class, MockMain.class, VersionCommand.class})
public final class LaporBridgeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with the given output and error streams; returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new LaporBridgeCommand()).setExecutionExceptionHandler(new FailureExitHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
