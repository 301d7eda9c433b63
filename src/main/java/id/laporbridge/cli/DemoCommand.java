package id.laporbridge.cli;

import id.laporbridge.demo.DemoOptions;
import id.laporbridge.demo.DemoRun;
import id.laporbridge.demo.DemoSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/** Runs the bridge against mock upstreams seeded with synthetic complaints, so both directions can be watched. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start mock upstreams on a free loopback port with synthetic complaints, run the bridge on "
                + "an H2 file under the work folder, and answer some complaints as an OPD would.",
            "Each start deletes the previous demo's store (store.* files) in the work folder and begins with a new "
                    + "one. The demo uses only a new or empty folder, or one that an earlier demo created (it has a "
                    + DemoWorkDir.MARKER + " file), and only while no other demo uses it.",
            "Exit code 0 after --once, 1 when a cycle timed out, 2 for a work folder the demo did not create, "
                    + "4 when another demo or process uses the folder."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Run one full cycle (mirror, answer, follow-up), print the summary, exit.")
    private boolean once;

    @Option(names = "--complaints", defaultValue = "60",
            description = "SP4N-LAPOR! complaints to seed (default: ${DEFAULT-VALUE}).")
    private int complaints;

    @Option(names = "--direct-aduan", defaultValue = "10",
            description = "Aduan filed directly in Lapor Bantul, stored but not sent to SP4N-LAPOR! (default: ${DEFAULT-VALUE}).")
    private int directAduan;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic complaints (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--timeout-seconds", defaultValue = "180",
            description = "How long one cycle may take before the demo gives up (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--health-port", defaultValue = "0",
            description = "Port of the health and metrics endpoint on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int healthPort;

    @Option(names = "--config-dir", defaultValue = "config", description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    private Path configDir;

    @Option(names = "--work-dir", defaultValue = "work/demo",
            description = "Folder for the demo's H2 store: new, empty or made by an earlier demo "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path workDir;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (DemoWorkDir claimed = DemoWorkDir.claim(workDir)) {
            return runDemo();
        } catch (DemoWorkDir.Rejected e) {
            spec.commandLine().getErr().println(e.getMessage());
            return e.exitCode();
        }
    }

    private int runDemo() throws Exception {
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        DemoOptions options = new DemoOptions(configDir, workDir, complaints, directAduan, seed,
                Duration.ofSeconds(timeoutSeconds), healthPort);
        try (DemoRun demo = new DemoRun(options, out)) {
            Thread stopper = new Thread(demo::close, "lapor-bridge-demo-shutdown");
            Runtime.getRuntime().addShutdownHook(stopper);
            DemoSummary summary = demo.runCycle();
            out.println(summary.describe());
            if (once) {
                Runtime.getRuntime().removeShutdownHook(stopper);
                return ExitCodes.OK;
            }
            out.println("Demo keeps running: a new complaint and OPD answers every 15 s. Stop with Ctrl-C.");
            demo.keepPlaying(Duration.ofSeconds(15));
            return ExitCodes.OK;
        } catch (TimeoutException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INCOMPLETE;
        }
    }
}
