package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.laporbridge.sla.SlaModule;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/** Loads the real route file through Camel Main and waits for the Quartz trigger to record a breach. */
class SlaCheckRouteIT {

    private static final String ERROR_CONFIGURATION = """
            - routeConfiguration:
                id: bridge-errors
            """;

    @TempDir
    Path folder;

    private final Main main = new Main();

    @AfterEach
    void stopCamel() {
        main.stop();
    }

    @Test
    void quartzRouteRecordsBreach() throws Exception {
        TestStore store = new TestStore(folder);
        long aduan = store.insertComplaint("lapor-bantul", "201", "12500", "2026-11-02T08:00");
        store.insertStatus(aduan, "diterima_operator", "2026-11-02T08:05");
        Path errors = folder.resolve("error-handling.yaml");
        Files.writeString(errors, ERROR_CONFIGURATION);
        SlaModule module = SlaModule.create(store.dataSource(), Path.of("config"),
                Clock.fixed(wib("2026-11-02T10:00"), ZoneOffset.UTC));

        main.configure().withRoutesIncludePattern("file:routes/sla-check.yaml,file:routes/sla-holiday-coverage.yaml,file:"
                + errors.toAbsolutePath());
        module.beans().forEach(main::bind);
        main.addInitialProperty("bridge.sla.check-interval-ms", "200");
        main.addInitialProperty("bridge.sla.check-start-delay-ms", "0");
        main.start();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(store.clockColumn(aduan, "sop-2-receive", "breach_alerted_at")).isNotNull());
        assertThat(main.getCamelContext().getRoute("sla-check")).isNotNull();
        assertThat(main.getCamelContext().getRoute("sla-holiday-coverage")).isNotNull();
    }
}
