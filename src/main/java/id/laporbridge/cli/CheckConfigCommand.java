package id.laporbridge.cli;

import id.laporbridge.app.BridgeOptions;
import id.laporbridge.app.ConfigCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Validates the settings, maps and route files without starting the bridge. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = {"Check settings, configuration files and route files as `run` would read them, and print "
                + "every problem with its file and key or line.", "Exit code 0 when valid, 3 otherwise."})
final class CheckConfigCommand implements Callable<Integer> {

    @Option(names = "--config-dir", defaultValue = "config",
            description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    private Path configDir;

    @Option(names = "--env-file", description = "File of NAME=value lines with secrets, as for `run`.")
    private Path envFile;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BridgeOptions options = new BridgeOptions(configDir, envFile, System.getenv(), Map.of(), Clock.systemUTC());
        List<String> problems = new ConfigCheck(options).problems();
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("Configuration valid: " + configDir.toAbsolutePath());
            return ExitCodes.OK;
        }
        problems.forEach(spec.commandLine().getErr()::println);
        return ExitCodes.CONFIG;
    }
}
