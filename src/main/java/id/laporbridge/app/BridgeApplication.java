package id.laporbridge.app;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigException;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.health.HealthModule;
import id.laporbridge.health.HealthServer;
import id.laporbridge.report.ReportModule;
import id.laporbridge.sla.SlaModule;
import id.laporbridge.store.BackgroundYield;
import id.laporbridge.store.Database;
import id.laporbridge.store.DatabaseOpening;
import id.laporbridge.store.SyncActivity;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the bridge: reads and validates the settings and configuration files, opens the store, binds the beans
 * and lets Camel Main load the flows from the routes folder on disk, where an operator can edit them.
 */
public final class BridgeApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeApplication.class);

    private final Main main;
    private final Database database;
    private final Settings settings;
    private final HealthServer healthServer;
    private final HealthModule health;
    private boolean closed;

    private BridgeApplication(Main main, Database database, Settings settings, HealthServer healthServer,
                              HealthModule health) {
        this.health = health;
        this.main = main;
        this.database = database;
        this.settings = settings;
        this.healthServer = healthServer;
    }

    public static BridgeApplication start(BridgeOptions options) throws Exception {
        return start(options, List.of());
    }

    /**
     * Starts the bridge with only the named route files of the route folder (all of them when the list is empty),
     * e.g. the polls alone for a connectivity check.
     */
    public static BridgeApplication start(BridgeOptions options, List<String> routeFiles) throws Exception {
        Settings settings = Settings.load(options.propertiesFile(), options.envFile(), options.environment(),
                options.overrides()).requireComplete();
        BridgeConfig config = new ConfigLoader().load(options.configDir());
        LOG.info("Configuration loaded folder={} settings={}", options.configDir().toAbsolutePath(),
                settings.masked());
        DatabaseOpening opening = DatabaseOpening.begin(settings.text("bridge.store.jdbc-url"),
                settings.integer("bridge.store.pool-size"));
        try (StartWatch watch = StartWatch.begin(List.of(Thread.currentThread(), opening.thread()),
                StartWatch.DEFAULT_INTERVAL)) {
            return start(options, routeFiles, settings, config, opening);
        }
    }

    private static BridgeApplication start(BridgeOptions options, List<String> routeFiles, Settings settings,
                                           BridgeConfig config, DatabaseOpening opening) throws Exception {
        Main main = null;
        Database database = null;
        try {
            main = camelMain(settings, options.configDir(), routeFiles);
            Path routes = routesFolder(settings, options.configDir());
            Map<String, String> properties = camelProperties(settings);
            HealthModule health = new HealthModule();
            boolean healthEnabled = settings.flag("bridge.health.enabled");
            if (healthEnabled) {
                main.bind(HealthModule.REGISTRY_BEAN, health.registry());
                main.addOverrideProperty("camel.metrics.enabled", "true");
                main.addOverrideProperty("camel.metrics.binders", "jvm-memory,jvm-gc,jvm-thread,processor");
            }
            loadRoutes(main, routes);
            database = opening.await();
            ConfigReload configReload = bindBeans(main, settings, options, database, config, properties, routes);
            startCamel(main, routes);
            CamelContext context = main.getCamelContext();
            configReload.attach(context);
            HealthServer healthServer = !healthEnabled ? null : health.start(context, database.dataSource(),
                    options.clock(), settings.text("bridge.health.host"), settings.integer("bridge.health.port"));
            if (settings.flag("bridge.routes.reload-enabled")) {
                context.addService(new ValidatingRouteReload(routes,
                        new RouteFileCheck(properties, context.getRegistry())));
            }
            LOG.info("Bridge started routes={}", main.getCamelContext().getRoutes().size());
            return new BridgeApplication(main, database, settings, healthServer, health);
        } catch (Exception | Error e) {
            if (main != null) {
                main.stop();
            }
            if (database == null) {
                opening.close();
            } else {
                database.close();
            }
            throw e;
        }
    }

    /**
     * Lets Camel Main read the route files into route definitions, while the store opens on its own thread. A route
     * file that does not parse stops the start with a {@link ConfigException}, as in {@link #startCamel}.
     */
    private static void loadRoutes(Main main, Path routes) throws Exception {
        runCamelStep(main, routes, main::init);
    }

    /**
     * Starts Camel Main, which builds every route before it starts any consumer. A route file that does not build
     * stops the start with a {@link ConfigException} naming the problem, as {@code check-config} reports it. The
     * routes are built once here; a separate check before the start built them twice and cost about a second.
     */
    private static void startCamel(Main main, Path routes) throws Exception {
        runCamelStep(main, routes, main::start);
    }

    private static void runCamelStep(Main main, Path routes, Runnable step) throws Exception {
        try {
            step.run();
        } catch (Exception e) {
            main.stop();
            if (RouteFileCheck.isRouteProblem(e)) {
                throw new ConfigException("Invalid route files in " + routes + ":\n  " + RouteFileCheck.describe(e));
            }
            throw e;
        }
    }

    /** Binds every bean the routes call, and the configuration reload that rebuilds them, and returns the reload. */
    private static ConfigReload bindBeans(Main main, Settings settings, BridgeOptions options, Database database,
                                          BridgeConfig config, Map<String, String> properties, Path routes) {
        ConfigReload.BeanFactory beanFactory = () -> beans(settings, options, database);
        ConfigReload configReload = new ConfigReload(options.configDir(), beanFactory, properties, routes);
        Map<String, Object> beans = new LinkedHashMap<>(beans(settings, options, database, config));
        beans.put("configReload", configReload);
        beans.forEach(main::bind);
        return configReload;
    }

    /** Builds every bean the routes call from the configuration files as they are now. */
    static Map<String, Object> beans(Settings settings, BridgeOptions options, Database database) {
        return beans(settings, options, database, new ConfigLoader().load(options.configDir()));
    }

    /** Builds every bean the routes call from {@code config}, loaded from the configuration folder just before. */
    private static Map<String, Object> beans(Settings settings, BridgeOptions options, Database database,
                                             BridgeConfig config) {
        SyncActivity activity = new SyncActivity();
        Map<String, Object> beans = new LinkedHashMap<>(BridgeBeans.create(settings, config,
                options.configDir(), database, activity, options.clock()));
        BackgroundYield slaYield = new BackgroundYield(activity, settings.seconds("bridge.sla.yield-max-seconds"));
        beans.putAll(SlaModule.create(database.dataSource(), options.configDir(), slaYield, options.clock())
                .beans());
        beans.putAll(ReportModule.create(database.dataSource(), options.configDir(), settings, options.clock())
                .beans());
        return beans;
    }

    /** Returns the route folder: {@code bridge.routes.dir}, relative to the configuration folder's parent. */
    static Path routesFolder(Settings settings, Path configDir) {
        Path configured = Path.of(settings.text("bridge.routes.dir"));
        if (configured.isAbsolute()) {
            return configured.normalize();
        }
        return configDir.toAbsolutePath().getParent().resolve(configured).normalize();
    }

    /** Returns the properties Camel resolves placeholders from: every setting, plus the HTTP client's. */
    static Map<String, String> camelProperties(Settings settings) {
        Map<String, String> properties = new LinkedHashMap<>(settings.asMap());
        properties.putAll(httpClientProperties(settings));
        return properties;
    }

    private static Main camelMain(Settings settings, Path configDir, List<String> routeFiles) {
        Main main = new Main();
        Path routes = routesFolder(settings, configDir);
        String include = routeFiles.isEmpty() ? "file:" + routes + "/*.yaml" : routeFiles.stream()
                .map(file -> "file:" + routes.resolve(file)).collect(java.util.stream.Collectors.joining(","));
        main.configure().withRoutesIncludePattern(include);
        main.configure().withName("lapor-bridge");
        main.configure().withShutdownTimeout(15);
        // Every log line written while an exchange is routed names its flow (camel.routeId) and its run
        // (camel.breadcrumbId), which carries over into the sub-flows it calls.
        main.configure().withUseMdcLogging(true);
        main.configure().withUseBreadcrumb(true);

        camelProperties(settings).forEach(main::addOverrideProperty);
        MirrorCallsPool.mainProperties(settings.text(MirrorCallsPool.SETTING)).forEach(main::addOverrideProperty);
        return main;
    }

    /**
     * Timeouts, pool size and retry behaviour of Camel's HTTP client, taken from the bridge's own keys. Camel's HTTP
     * component gives each endpoint URL its own connection pool, so the pool size applies per URL.
     */
    private static Map<String, String> httpClientProperties(Settings settings) {
        return Map.of(
                "camel.component.http.connect-timeout", settings.text("bridge.http.connect-timeout-ms"),
                "camel.component.http.response-timeout", settings.text("bridge.http.read-timeout-ms"),
                "camel.component.http.so-timeout", settings.text("bridge.http.read-timeout-ms"),
                "camel.component.http.connection-request-timeout", settings.text("bridge.http.pool-wait-timeout-ms"),
                "camel.component.http.max-total-connections", settings.text("bridge.http.max-connections"),
                "camel.component.http.connections-per-route", settings.text("bridge.http.max-connections"),
                // The outbox decides when a call is sent again; the client must never resend a POST by itself.
                "camel.component.http.automatic-retries-disabled", "true");
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public Database database() {
        return database;
    }

    /** Returns the port of the health endpoint, or -1 when it is off. */
    public int healthPort() {
        return healthServer == null ? -1 : healthServer.port();
    }

    public Settings settings() {
        return settings;
    }

    /** Blocks until the JVM is asked to stop (SIGTERM, Ctrl-C). */
    public void awaitShutdown() throws InterruptedException {
        Thread stopper = new Thread(this::close, "lapor-bridge-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        Thread.currentThread().join();
    }

    /** Stops the routes gracefully (each finishes the exchange in flight), then closes the store; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (healthServer != null) {
                healthServer.close();
                health.stop();
            }
            main.stop();
            main.shutdown();
        } finally {
            database.close();
            LOG.info("Bridge stopped");
        }
    }
}
