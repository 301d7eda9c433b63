package id.laporbridge.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * The metrics registry and the health endpoint. The registry is created before Camel starts, so that Camel's own
 * route metrics (exchanges and failures per route) land in it beside the bridge's gauges.
 */
public final class HealthModule {

    /** The bean name under which Camel's Micrometer support finds the registry. */
    public static final String REGISTRY_BEAN = "metricsRegistry";

    private static final List<String> SOURCES = List.of("sp4n", "lapor-bantul");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Registers the gauges and starts the HTTP endpoint once Camel runs. */
    public HealthServer start(CamelContext context, DataSource dataSource, Clock clock, String host, int port)
            throws IOException {
        SourceStates states = new RegistrySourceStates(context);
        Metrics.addRegistry(registry);
        new StoreGauges(dataSource).register(registry, clock);
        for (String source : SOURCES) {
            Gauge.builder("lapor_bridge_sync_lag_seconds", () -> StoreGauges.secondsSince(clock,
                            states.lastGoodPollAt(source).orElse(null)))
                    .description("seconds since the last successful poll of the source")
                    .tag("source", source).register(registry);
            Gauge.builder("lapor_bridge_source_healthy", () -> states.healthy(source) ? 1 : 0)
                    .description("1 while the source's polls succeed, 0 after too many failures in a row")
                    .tag("source", source).register(registry);
            Gauge.builder("lapor_bridge_poll_failures_in_row", () -> states.consecutiveFailures(source))
                    .description("listing polls of the source that failed in a row")
                    .tag("source", source).register(registry);
        }
        return HealthServer.start(host, port, new Readiness(context, dataSource, states, clock), registry);
    }

    /** Takes the registry out of Micrometer's global registry, so a stopped bridge's meters are not kept. */
    public void stop() {
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
