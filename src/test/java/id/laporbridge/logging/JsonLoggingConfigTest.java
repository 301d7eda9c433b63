package id.laporbridge.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.MDC;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional JSON logging configuration in deploy/: one JSON object per line with the formatted message and the
 * flow and run ids, and plain lines on the console for journalctl.
 */
class JsonLoggingConfigTest {

    @TempDir
    Path logs;

    @Test
    void writesJsonLinesWithFlowAndRun() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.putProperty("LAPOR_BRIDGE_LOG_DIR", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Path.of("deploy", "logback-json.xml").toFile());
        Logger app = context.getLogger("id.laporbridge.fetch.ListingPoll");
        Logger sla = context.getLogger("lapor-bridge.sla");

        MDC.put("camel.routeId", "sp4n-poll");
        MDC.put("camel.breadcrumbId", "run-1");
        try {
            app.info("Poll finished source={} fetched={}", "sp4n", 3);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE"))
                    .as("console appender of the root logger").isInstanceOf(ConsoleAppender.class);
            sla.warn("SLA deadline breached: complaint_id={}", 7);
        } finally {
            MDC.clear();
            context.stop();
        }

        List<String> lines = Files.readAllLines(logs.resolve("lapor-bridge.json"));
        assertThat(lines).hasSize(2);
        JsonNode poll = new ObjectMapper().readTree(lines.get(0));
        assertThat(poll.get("level").asText()).isEqualTo("INFO");
        assertThat(poll.get("mdc").get("camel.routeId").asText()).isEqualTo("sp4n-poll");
        assertThat(poll.get("mdc").get("camel.breadcrumbId").asText()).isEqualTo("run-1");
        assertThat(poll.get("formattedMessage").asText()).isEqualTo("Poll finished source=sp4n fetched=3");
        assertThat(poll.has("message")).as("raw message template present").isFalse();
        assertThat(poll.has("arguments")).as("arguments present").isFalse();
        List<String> slaLines = Files.readAllLines(logs.resolve("sla.json"));
        assertThat(slaLines).hasSize(1);
        JsonNode breach = new ObjectMapper().readTree(slaLines.get(0));
        assertThat(breach.get("level").asText()).isEqualTo("WARN");
        assertThat(breach.get("formattedMessage").asText()).isEqualTo("SLA deadline breached: complaint_id=7");
    }
}
