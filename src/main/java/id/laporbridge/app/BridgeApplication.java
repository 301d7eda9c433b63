package id.laporbridge.app;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.sla.SlaModule;
import id.laporbridge.store.Database;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
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

    private BridgeApplication(Main main, Database database, Settings settings) {
        this.main = main;
        this.database = database;
        this.settings = settings;
    }

    public static BridgeApplication start(BridgeOptions options) throws Exception {
        Settings settings = Settings.load(options.propertiesFile(), options.envFile(), options.environment(),
                options.overrides());
        BridgeConfig config = new ConfigLoader().load(options.configDir());
        LOG.info("Configuration loaded folder={} settings={}", options.configDir().toAbsolutePath(),
                settings.masked());
        Database database = Database.open(settings.text("bridge.store.jdbc-url"),
                settings.integer("bridge.store.pool-size"));
        try {
            Main main = camelMain(settings, options.configDir());
            BridgeBeans.create(settings, config, options.configDir(), database, options.clock()).forEach(main::bind);
            SlaModule.create(database.dataSource(), options.configDir(), options.clock()).beans()
                    .forEach(main::bind);
            main.start();
            LOG.info("Bridge started routes={}", main.getCamelContext().getRoutes().size());
            return new BridgeApplication(main, database, settings);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    private static Main camelMain(Settings settings, Path configDir) {
        Main main = new Main();
        Path routes = configDir.toAbsolutePath().getParent().resolve(settings.text("bridge.routes.dir"));
        if (Path.of(settings.text("bridge.routes.dir")).isAbsolute()) {
            routes = Path.of(settings.text("bridge.routes.dir"));
        }
        main.configure().withRoutesIncludePattern("file:" + routes.normalize() + "/*.yaml");
        main.configure().withName("lapor-bridge");
        main.configure().withShutdownTimeout(15);
        settings.asMap().forEach(main::addOverrideProperty);
        httpClientProperties(settings).forEach(main::addOverrideProperty);
        return main;
    }

    /** Timeouts and retry behaviour of Camel's HTTP client, taken from the bridge's own keys. */
    private static Map<String, String> httpClientProperties(Settings settings) {
        return Map.of(
                "camel.component.http.connect-timeout", settings.text("bridge.http.connect-timeout-ms"),
                "camel.component.http.response-timeout", settings.text("bridge.http.read-timeout-ms"),
                "camel.component.http.so-timeout", settings.text("bridge.http.read-timeout-ms"),
                "camel.component.http.connection-request-timeout", settings.text("bridge.http.pool-wait-timeout-ms"),
                // The outbox decides when a call is sent again; the client must never resend a POST by itself.
                "camel.component.http.automatic-retries-disabled", "true");
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public Database database() {
        return database;
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

    @Override
    public void close() {
        try {
            main.stop();
            main.shutdown();
        } finally {
            database.close();
            LOG.info("Bridge stopped");
        }
    }
}
