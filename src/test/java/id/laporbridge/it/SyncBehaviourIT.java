package id.laporbridge.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Paging, time zones, anonymity and token renewal, each through the real routes against the mock upstreams. */
class SyncBehaviourIT {

    private static final String INSTITUTION = "3404002";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

    @TempDir
    Path folder;

    @Test
    void pagingReadsEveryPageOfOneTimestamp() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            for (int i = 1; i <= 7; i++) {
                harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint(Integer.toString(7100 + i),
                        INSTITUTION, "Aduan " + i, "Isi aduan " + i, i <= 5 ? NOON : NOON.plusMinutes(i)));
            }
            harness.set("bridge.sp4n.page-size", "2").start();

            await().atMost(Duration.ofSeconds(30)).until(() -> storedSp4n(harness) == 7);
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7100", INSTITUTION, "Aduan susulan",
                    "Masuk pada detik kursor", NOON.plusMinutes(7)));
            await().atMost(Duration.ofSeconds(30)).until(() -> storedSp4n(harness) == 8);

            long callsBefore = listingCalls(harness);
            harness.awaitPolls(1);
            long perPoll = listingCalls(harness) - callsBefore;
            assertThat(perPoll).as("listing calls for one poll of 6 institutions").isLessThanOrEqualTo(6 * 8);
            assertThat(harness.mock().laporBantul().aduanList()).hasSize(8);
        }
    }

    @Test
    void sp4nTimeIsReadAsWibWhateverTheJvmZone() throws Exception {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7201", INSTITUTION, "Zona waktu",
                    "Waktu WIB", LocalDateTime.of(2026, 12, 4, 9, 0)));
            harness.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> storedSp4n(harness) == 1);
            Instant stored = harness.query(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT upstream_updated_at FROM complaint WHERE upstream_id = '7201'");
                     ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getObject(1, OffsetDateTime.class).toInstant();
                }
            });
            assertThat(stored).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void anonymousReporterNeverLeavesTheBridge() throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            ObjectNode anonymous = Sp4nComplaints.anonymous(Sp4nComplaints.complaint("7301", INSTITUTION,
                    "Pungutan liar", "Ada pungutan di loket", NOON));
            ObjectNode leaky = Sp4nComplaints.complaint("7302", INSTITUTION, "Pungutan liar",
                    "Ada pungutan di loket", NOON);
            leaky.put("is_anonymous", "1");
            harness.mock().sp4n().putComplaint(anonymous);
            harness.mock().sp4n().putComplaint(leaky);
            harness.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> harness.mock().laporBantul().aduanList().size() == 2);
            harness.awaitPolls(1);
            for (RecordedCall call : aduanPosts(harness)) {
                ObjectNode body = (ObjectNode) new ObjectMapper().readTree(call.body());
                assertThat(body.has("pelapor")).as("pelapor in POST body").isFalse();
                assertThat(body.get("anonim").asBoolean()).isTrue();
                assertThat(call.body()).doesNotContain("Pelapor Uji 7302", "pelapor7302@contoh.test", "08997302");
            }
            assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE reporter_json IS NOT NULL")).isZero();
        } finally {
            rootLogger().detachAppender(logs);
        }
        assertNoLogLineContains(logs, "Pelapor Uji", "@contoh.test", "08997302", BridgeHarness.KEYTOKEN,
                BridgeHarness.CLIENT_SECRET, "Ada pungutan");
        assertEffectiveConfigurationMasked(logs);
    }

    @Test
    void tokenExpiringMidPollIsRenewedOnce() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            for (int i = 1; i <= 9; i++) {
                ObjectNode aduan = new ObjectMapper().createObjectNode()
                        .put("judul", "Aduan langsung " + i).put("isi", "Isi " + i).put("sumber", "android");
                aduan.putObject("opd").put("kode", "12500");
                harness.mock().laporBantul().createAduan(aduan);
            }
            harness.mock().laporBantul().expireTokenAfterCalls(2);
            harness.set("bridge.lapor-bantul.page-size", "2")
                    .set("bridge.sp4n.poll-interval-ms", "600000")
                    .set("bridge.lapor-bantul.poll-interval-ms", "600000")
                    .start();

            await().atMost(Duration.ofSeconds(30)).until(() -> harness.count(
                    "SELECT COUNT(*) FROM complaint WHERE source = 'lapor-bantul'") == 9);
            assertThat(harness.mock().laporBantul().tokensIssued()).isEqualTo(2);
            List<RecordedCall> listing = harness.mock().laporBantul().calls().stream()
                    .filter(call -> call.path().equals("/api/v1/aduan")).toList();
            assertThat(listing).extracting(RecordedCall::status).containsExactly(200, 200, 401, 200, 200, 200);
            assertThat(listing).extracting(call -> call.params().get("page"))
                    .containsExactly("1", "2", "3", "3", "4", "5");
        }
    }

    private static long storedSp4n(BridgeHarness harness) {
        return harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'");
    }

    private static long listingCalls(BridgeHarness harness) {
        return harness.mock().sp4n().calls().stream()
                .filter(call -> call.path().endsWith("/getcomplaints")).count();
    }

    private static List<RecordedCall> aduanPosts(BridgeHarness harness) {
        return harness.mock().laporBantul().calls().stream()
                .filter(call -> call.method().equals("POST") && call.path().equals("/api/v1/aduan")).toList();
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger root = rootLogger();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(appender);
        return appender;
    }

    private static void assertEffectiveConfigurationMasked(ListAppender<ILoggingEvent> logs) {
        String configuration;
        synchronized (logs) {
            configuration = logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.startsWith("Configuration loaded")).findFirst().orElseThrow();
        }
        assertThat(configuration).contains("bridge.sp4n.keytoken=****")
                .contains("bridge.lapor-bantul.client-id=****")
                .contains("bridge.lapor-bantul.client-secret=****")
                .contains("bridge.sp4n.page-size=100");
    }

    private static void assertNoLogLineContains(ListAppender<ILoggingEvent> logs, String... secrets) {
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = List.copyOf(logs.list);
        }
        assertThat(events).isNotEmpty();
        for (ILoggingEvent event : events) {
            for (String secret : secrets) {
                assertThat(event.getFormattedMessage()).as("log line of %s", event.getLoggerName())
                        .doesNotContain(secret);
            }
        }
    }
}
