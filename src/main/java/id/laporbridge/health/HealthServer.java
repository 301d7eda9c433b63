package id.laporbridge.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The HTTP endpoint for operators and monitoring, bound to loopback by default: {@code /health/live},
 * {@code /health/ready} (503 when not ready) and {@code /metrics} in the Prometheus text format.
 */
public final class HealthServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServer.class);

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    public static HealthServer start(String host, int port, Readiness readiness, PrometheusMeterRegistry metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/health/live", exchange -> reply(exchange, 200, "application/json",
                "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", exchange -> {
            ObjectNode body = readiness.check();
            int status = "UP".equals(body.get("status").asText()) ? 200 : 503;
            reply(exchange, status, "application/json", body.toString());
        });
        server.createContext("/metrics", exchange -> reply(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.setExecutor(Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "lapor-bridge-health");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        LOG.info("Health endpoint started address=http://{}:{} paths=/health/live,/health/ready,/metrics", host,
                server.getAddress().getPort());
        return new HealthServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        LOG.info("Health endpoint stopped");
    }
}
