package id.laporbridge.cli;

import id.laporbridge.app.BridgeApplication;
import id.laporbridge.app.BridgeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs the bridge against the upstreams named in the configuration until it is stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bridge with the settings in the configuration folder until stopped (SIGTERM).")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config-dir", defaultValue = "config",
            description = "Configuration folder with lapor-bridge.properties and the maps (default: ${DEFAULT-VALUE}).")
    private Path configDir;

    @Option(names = "--env-file",
            description = "File of NAME=value lines with secrets, e.g. BRIDGE_SP4N_KEYTOKEN; read before the environment.")
    private Path envFile;

    @Override
    public Integer call() throws Exception {
        BridgeOptions options = new BridgeOptions(configDir, envFile, System.getenv(), Map.of(), Clock.systemUTC());
        BridgeApplication bridge = BridgeApplication.start(options);
        bridge.awaitShutdown();
        return ExitCodes.OK;
    }
}
