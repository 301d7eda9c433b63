package id.laporbridge.app;

import id.laporbridge.config.ConfigException;
import id.laporbridge.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks everything the bridge reads at start without starting it: settings, the YAML maps, the SLA rules and
 * calendar, the duplicate settings and every route file. The beans are built on a throwaway in-memory store, so
 * the real store is neither opened nor migrated. The route files are checked once the configuration files are
 * valid, because the routes call beans built from them.
 */
public final class ConfigCheck {

    private final BridgeOptions options;

    public ConfigCheck(BridgeOptions options) {
        this.options = options;
    }

    /** Returns every problem found, each naming its file or key; empty when the configuration is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Settings settings;
        try {
            settings = Settings.load(options.propertiesFile(), options.envFile(), options.environment(),
                    options.overrides()).requireComplete();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return problems;
        }
        Path routes = BridgeApplication.routesFolder(settings, options.configDir());
        if (!Files.isDirectory(routes)) {
            problems.add(routes + ": route folder not found (setting bridge.routes.dir)");
            return problems;
        }
        try (Database scratch = Database.open("jdbc:h2:mem:check-" + UUID.randomUUID(), 2)) {
            Map<String, Object> beans = new LinkedHashMap<>(BridgeApplication.beans(settings,
                    withClock(options), scratch));
            Map<String, String> properties = BridgeApplication.camelProperties(settings);
            beans.put("configReload", new ConfigReload(options.configDir(), Map::of, properties, routes));
            new RouteFileCheck(properties, RouteFileCheck.beans(beans, null))
                    .check(routes).ifPresent(problem -> problems.add("Invalid route files in " + routes
                            + ":\n  " + problem));
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static BridgeOptions withClock(BridgeOptions options) {
        return new BridgeOptions(options.configDir(), options.envFile(), options.environment(),
                options.overrides(), Clock.systemUTC());
    }
}
