package id.laporbridge.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Decides whether the bridge is ready: Camel started, the store accepts a connection, and every upstream's polls
 * are healthy.
 * The JSON body shows each part, with the age of each upstream's last good poll.
 */
public final class Readiness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CamelContext context;
    private final DataSource dataSource;
    private final SourceStates sources;
    private final Clock clock;

    public Readiness(CamelContext context, DataSource dataSource, SourceStates sources, Clock clock) {
        this.context = context;
        this.dataSource = dataSource;
        this.sources = sources;
        this.clock = clock;
    }

    public ObjectNode check() {
        ObjectNode body = JSON.createObjectNode();
        boolean camel = context.isStarted();
        boolean store = storeAnswers();
        boolean ready = camel && store;
        body.put("camel", camel ? "UP" : "DOWN");
        body.put("store", store ? "UP" : "DOWN");
        ObjectNode upstreams = body.putObject("upstreams");
        for (String source : sources.sources().stream().sorted().toList()) {
            boolean healthy = sources.healthy(source);
            ready &= healthy;
            ObjectNode upstream = upstreams.putObject(source);
            upstream.put("status", healthy ? "UP" : "DOWN");
            upstream.put("stale", sources.stale(source));
            upstream.put("consecutiveFailures", sources.consecutiveFailures(source));
            Instant last = sources.lastGoodPollAt(source).orElse(null);
            upstream.put("lastGoodPollAt", last == null ? null : last.toString());
            upstream.put("lastGoodPollAgeSeconds", last == null ? null
                    : (long) StoreGauges.secondsSince(clock, last));
        }
        body.put("status", ready ? "UP" : "DOWN");
        return body;
    }

    private boolean storeAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
