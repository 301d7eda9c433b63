package id.laporbridge.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gauges read from the store when metrics are scraped: outbox depth by destination and state, quarantine size, open
 * SLA breaches and records stored per source. A failed read shows as NaN and is logged at DEBUG, so a scrape never
 * fails because of the store.
 */
public final class StoreGauges {

    private static final Logger LOG = LoggerFactory.getLogger(StoreGauges.class);

    private final DataSource dataSource;

    public StoreGauges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void register(MeterRegistry registry, Clock clock) {
        for (String destination : List.of("sp4n", "lapor-bantul")) {
            for (String state : List.of("pending", "sending", "dead")) {
                gauge(registry, "lapor_bridge_outbox_items", "outbox items by destination and state",
                        "SELECT COUNT(*) FROM outbox_item WHERE destination = ? AND state = ?", destination, state)
                        .tags("destination", destination, "state", state).register(registry);
            }
        }
        gauge(registry, "lapor_bridge_quarantine_records", "records kept in the quarantine",
                "SELECT COUNT(*) FROM quarantine").register(registry);
        Gauge.builder("lapor_bridge_sla_breaches_open", () -> count(
                        "SELECT COUNT(*) FROM sla_clock WHERE ended_at IS NULL AND deadline < ?",
                        java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)))
                .description("SLA clocks still running past their deadline").register(registry);
        for (String source : List.of("sp4n", "lapor-bantul")) {
            gauge(registry, "lapor_bridge_records_stored", "upstream records in the store",
                    "SELECT COUNT(*) FROM complaint WHERE source = ?", source)
                    .tags("source", source).register(registry);
        }
    }

    private Gauge.Builder<?> gauge(MeterRegistry registry, String name, String description, String sql,
                                   Object... values) {
        return Gauge.builder(name, () -> count(sql, values)).description(description);
    }

    private double count(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debug("Metric read failed sql=\"{}\" reason=\"{}\"", sql, e.getMessage());
            return Double.NaN;
        }
    }

    /** Returns the seconds since {@code at}, or NaN when there was no such moment yet. */
    static double secondsSince(Clock clock, Instant at) {
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }
}
