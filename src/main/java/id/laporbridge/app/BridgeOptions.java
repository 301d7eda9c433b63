package id.laporbridge.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * How to start the bridge: the configuration folder (holding lapor-bridge.properties and the maps), an optional
 * env file with secrets, the environment, and explicit setting overrides.
 */
public record BridgeOptions(Path configDir, Path envFile, Map<String, String> environment,
                            Map<String, String> overrides, Clock clock) {

    public BridgeOptions {
        environment = Map.copyOf(environment);
        overrides = Map.copyOf(overrides);
    }

    public static BridgeOptions of(Path configDir, Map<String, String> overrides) {
        return new BridgeOptions(configDir, null, System.getenv(), overrides, Clock.systemUTC());
    }

    public Path propertiesFile() {
        return configDir.resolve("lapor-bridge.properties");
    }
}
