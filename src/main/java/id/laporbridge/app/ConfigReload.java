package id.laporbridge.app;

import id.laporbridge.config.ConfigException;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Applies edits of the YAML maps in the configuration folder (upstream layouts, status and OPD maps, working
 * calendar, SLA rules) without a restart. A changed folder is read and checked in full first. Only when every
 * file is valid are the beans rebuilt and the routes restarted on them, and each route finishes its exchange in
 * flight before it restarts. A broken edit is rejected with its reason and the bridge keeps running on the previous files.
 */
public final class ConfigReload {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigReload.class);

    private final Path folder;
    private final BeanFactory factory;
    private final Map<String, String> properties;
    private final Path routes;
    private final ExecutorService restarter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lapor-bridge-config-reload");
        thread.setDaemon(true);
        return thread;
    });
    private CamelContext context;
    private Map<Path, FileTime> seen;

    ConfigReload(Path folder, BeanFactory factory, Map<String, String> properties, Path routes) {
        this.folder = folder;
        this.factory = factory;
        this.properties = Map.copyOf(properties);
        this.routes = routes;
        this.seen = snapshot();
    }

    void attach(CamelContext camelContext) {
        this.context = camelContext;
    }

    /** Reloads when a YAML file in the folder changed since the last call; returns true when it reloaded. */
    public synchronized boolean reloadIfChanged() throws Exception {
        Map<Path, FileTime> now = snapshot();
        if (now.equals(seen)) {
            return false;
        }
        seen = now;
        Map<String, Object> beans;
        try {
            beans = factory.create();
        } catch (ConfigException e) {
            LOG.error("Configuration change rejected, the bridge keeps the previous files folder={} problem=\"{}\"",
                    folder, e.getMessage());
            return false;
        }
        RouteFileCheck check = new RouteFileCheck(properties, RouteFileCheck.beans(beans, context.getRegistry()));
        Optional<String> problem = check.check(routes);
        if (problem.isPresent()) {
            LOG.error("Configuration change rejected, the routes do not build with it folder={} problem=\"{}\"",
                    folder, problem.get());
            return false;
        }
        beans.forEach(context.getRegistry()::bind);
        // This runs inside a route, which the reload stops: restarting from another thread lets it finish first.
        restarter.execute(this::restartRoutes);
        return true;
    }

    private void restartRoutes() {
        try {
            context.getRouteController().reloadAllRoutes();
            LOG.info("Configuration reloaded folder={} routes={}", folder, context.getRoutes().size());
        } catch (Exception e) {
            LOG.error("Configuration reload failed while restarting routes folder={} reason=\"{}\"", folder,
                    RouteFileCheck.describe(e));
        }
    }

    private Map<Path, FileTime> snapshot() {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            LOG.warn("Configuration folder unreadable, no reload this time folder={} reason=\"{}\"", folder,
                    e.getMessage());
            return seen;
        }
        return times;
    }

    /** Builds every bean the routes use from the files as they are now; throws ConfigException when invalid. */
    @FunctionalInterface
    interface BeanFactory {
        Map<String, Object> create();
    }
}
