package id.laporbridge.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.laporbridge.app.ConfigReload;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Edits of route and configuration files while the bridge runs: good edits apply, broken ones are rejected. */
class HotReloadIT {

    @TempDir
    Path folder;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger("id.laporbridge.app")).addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        ((Logger) LoggerFactory.getLogger("id.laporbridge.app")).detachAppender(logs);
    }

    @Test
    void brokenRouteEditIsRejectedAndGoodEditApplies() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder.resolve("store"))) {
            Path copy = harness.useCopiedConfig(folder.resolve("project"));
            harness.start();
            harness.awaitPolls(1);
            Path route = copy.resolve("routes/sp4n-poll.yaml");
            String good = Files.readString(route);

            Files.writeString(route, good.replace("uri: quartz:sync/sp4n-poll", "uri: quartzz:sync/sp4n-poll"));
            await().atMost(Duration.ofSeconds(30)).until(() -> logged("Route change rejected"));
            assertThat(message("Route change rejected")).contains("sp4n-poll").contains("quartzz");
            harness.awaitPolls(2);

            Files.writeString(route, good.replace("\"{{bridge.sp4n.poll-interval-ms}}\"", "\"100\""));
            await().atMost(Duration.ofSeconds(30)).until(() -> logged("Routes reloaded"));
            ListingPoll sp4n = harness.bean("sp4nListing", ListingPoll.class);
            long before = sp4n.finishedPolls();
            await().atMost(Duration.ofSeconds(30)).until(() -> sp4n.finishedPolls() >= before + 6 * 10);
        }
    }

    @Test
    void opdMapEditAppliesAndBrokenStatusMapIsRejected() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder.resolve("store"))) {
            Path copy = harness.useCopiedConfig(folder.resolve("project"));
            harness.set("bridge.config.reload-check-interval-ms", "200").start();
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7501", "3404099", "OPD baru",
                    "Aduan untuk OPD yang baru dipetakan", LocalDateTime.of(2026, 12, 3, 8, 0)));
            harness.awaitPolls(1);
            assertThat(harness.mock().laporBantul().aduanByRefSp4n("7501")).isEmpty();

            Path opdMap = copy.resolve("config/opd-map.yaml");
            Files.writeString(opdMap, Files.readString(opdMap) + "  \"3404099\": \"12600\"\n");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.mock().laporBantul().aduanByRefSp4n("7501").isPresent());

            Path statusMap = copy.resolve("config/status-map.yaml");
            Files.writeString(statusMap, Files.readString(statusMap).replace("SELESAI: closed", "SELESAI: done"));
            await().atMost(Duration.ofSeconds(30)).until(() -> logged("Configuration change rejected"));
            assertThat(message("Configuration change rejected")).contains("status-map.yaml")
                    .contains("sp4n.SELESAI").contains("'done'");
            harness.awaitPolls(2);
            assertThat(harness.bean("configReload", ConfigReload.class)).isNotNull();
        }
    }

    private boolean logged(String text) {
        return events().stream().anyMatch(event -> event.getFormattedMessage().startsWith(text));
    }

    private String message(String start) {
        return events().stream().map(ILoggingEvent::getFormattedMessage).filter(text -> text.startsWith(start))
                .findFirst().orElseThrow();
    }

    private List<ILoggingEvent> events() {
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }
}
