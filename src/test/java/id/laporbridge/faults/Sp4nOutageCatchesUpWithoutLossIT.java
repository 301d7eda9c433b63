package id.laporbridge.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.MockFault;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.ScaledClock;
import id.laporbridge.support.Sp4nComplaints;
import id.laporbridge.support.TcpRelay;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! is down for 30 minutes of bridge time: for the first half it refuses connections, for the second it
 * answers every call with 503. Meanwhile new complaints are disposed to Bantul institutions on SP4N-LAPOR!, OPD
 * operators answer mirrored aduan and reject two as not the regency's authority, and citizens file new aduan in
 * Lapor Bantul. Then SP4N-LAPOR! comes back, and the bridge must catch up: every complaint stored and mirrored
 * once, every answer and rejection posted once, no dead letter, an empty outbox, and readiness that showed the
 * outage and then recovered.
 *
 * <p>Time runs {@value #TIME_FACTOR} times faster on the bridge's and the mock's clock, and the Quartz intervals of
 * config/lapor-bridge.properties are divided by the same factor, so the outage spans as many poll cycles, outbox
 * runs and backoff steps (the shipped backoff, unchanged) as 30 real minutes would with the shipped settings.
 */
class Sp4nOutageCatchesUpWithoutLossIT {

    private static final long TIME_FACTOR = 100;
    private static final Duration OUTAGE = Duration.ofMinutes(30);
    private static final Duration REFUSING = Duration.ofMinutes(15);
    /** Catch-up must end well before the shipped backoff's 1-hour step would send the oldest answers again. */
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(15);
    private static final Duration REAL_WAIT = Duration.ofSeconds(60);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final List<String> INSTITUTIONS =
            List.of("3404001", "3404002", "3404003", "3404004", "3404005", "3404006");
    private static final List<String> SP4N_PATHS = List.of("/api/services/f01/getcomplaints",
            "/api/services/f01/getcomplaint", "/api/services/f02/addfollowup",
            "/api/services/f02/rejectdisposition");
    private static final String REJECTION_REASON = "Bukan kewenangan Pemkab Bantul, urusan pemerintah pusat";
    private static final int COMPLAINTS_BEFORE = 12;
    /** The last two complaints mirrored before the outage are rejected during it; the others get answers. */
    private static final int ANSWERED_BEFORE = COMPLAINTS_BEFORE - 2;

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sp4nOutageCatchesUpWithoutLoss() throws Exception {
        ShippedTiming shipped = ShippedTiming.read(Path.of("config", "lapor-bridge.properties"));
        System.out.println(shipped.describe(OUTAGE, TIME_FACTOR));
        ScaledClock clock = ScaledClock.startingNow(TIME_FACTOR);
        try (BridgeHarness harness = new BridgeHarness(folder, MockOptions.defaults().clock(clock));
             TcpRelay sp4nLink = TcpRelay.start(harness.mock().port())) {
            Events events = new Events(harness, clock);
            for (int i = 0; i < COMPLAINTS_BEFORE; i++) {
                events.newSp4nComplaint(false);
            }
            shipped.scaledSettings(TIME_FACTOR).forEach(harness::set);
            harness.clock(clock).set("bridge.sp4n.base-url", sp4nLink.baseUrl()).start();
            int healthPort = harness.bridge().healthPort();
            await().atMost(REAL_WAIT).until(() -> linked(harness) == COMPLAINTS_BEFORE);
            await().atMost(REAL_WAIT).until(() -> readiness(healthPort).statusCode() == 200);

            double failedPollsBefore = failedSp4nPolls();
            Instant outageStart = clock.instant();
            long realStart = System.nanoTime();
            sp4nLink.refuseConnections();
            List<Integer> failuresSeen = new ArrayList<>();
            for (int minute = 0; minute < OUTAGE.toMinutes(); minute++) {
                Instant due = outageStart.plus(Duration.ofMinutes(minute));
                await().atMost(REAL_WAIT).pollInterval(Duration.ofMillis(10))
                        .until(() -> !clock.instant().isBefore(due));
                if (minute == REFUSING.toMinutes()) {
                    SP4N_PATHS.forEach(path -> harness.mock().injectUntilCleared(path, MockFault.status(503)));
                    sp4nLink.acceptConnections();
                }
                events.duringOutage(minute);
                if (minute == 10 || minute == 25) {
                    failuresSeen.add(awaitSp4nNotReady(healthPort));
                }
            }
            Instant outageEnd = outageStart.plus(OUTAGE);
            await().atMost(REAL_WAIT).pollInterval(Duration.ofMillis(10))
                    .until(() -> !clock.instant().isBefore(outageEnd));
            double failedPolls = failedSp4nPolls() - failedPollsBefore;
            SP4N_PATHS.forEach(path -> harness.mock().clearFaults(path));
            Instant recovered = clock.instant();
            long realRecovered = System.nanoTime();

            await().atMost(REAL_WAIT).until(() -> caughtUp(harness, events));
            Duration catchUp = Duration.between(recovered, clock.instant());
            double catchUpRealSeconds = (System.nanoTime() - realRecovered) / 1e9;
            await().atMost(REAL_WAIT).until(() -> readiness(healthPort).statusCode() == 200);
            JsonNode ready = json.readTree(readiness(healthPort).body());
            harness.awaitPolls(2);

            System.out.printf("SP4N outage: simulated=%d min real=%.1f s complaints sp4n=%d (during outage %d) "
                            + "laporBantulNew=%d answers=%d rejections=%d failedSp4nListingPolls=%.0f "
                            + "(%.1f cycles of %d institutions) failedDeliveryAttempts=%d firstAnswerAttempts=%d "
                            + "catchUp=%.1f simulated min (%.2f s real)%n",
                    OUTAGE.toMinutes(), (realRecovered - realStart) / 1e9, events.trackingIds.size(),
                    events.trackingIds.size() - COMPLAINTS_BEFORE, events.laporBantulFiled, events.answers.size(),
                    events.rejected.size(), failedPolls, failedPolls / INSTITUTIONS.size(), INSTITUTIONS.size(),
                    failedDeliveryAttempts(harness), oldestAnswerAttempts(harness), catchUp.toMillis() / 60_000.0,
                    catchUpRealSeconds);

            assertThat(failuresSeen).as("SP4N-LAPOR! failures in a row on /health/ready at minutes 10 and 25")
                    .hasSize(2);
            assertThat(failuresSeen.get(1)).as("failures in a row kept growing in the 503 phase")
                    .isGreaterThan(failuresSeen.get(0));
            assertThat(failedPolls / INSTITUTIONS.size()).as("failed SP4N-LAPOR! poll cycles, of %d expected",
                    shipped.pollCycles(OUTAGE)).isGreaterThanOrEqualTo(shipped.pollCycles(OUTAGE) / 2.0);
            assertThat(ready.at("/upstreams/sp4n/status").asText()).isEqualTo("UP");
            assertThat(catchUp).as("catch-up time on the bridge clock").isLessThanOrEqualTo(CATCH_UP_LIMIT);

            assertEveryComplaintOnce(harness, events);
            assertEveryAnswerOnce(harness, events);
            assertRejectionsOnce(harness, events);
            assertOutboxSettled(harness, shipped);
        }
    }

    /** Waits until readiness shows SP4N-LAPOR! down and Lapor Bantul up; returns SP4N's failures in a row. */
    private int awaitSp4nNotReady(int healthPort) throws Exception {
        await().atMost(REAL_WAIT).until(() -> readiness(healthPort).statusCode() == 503);
        JsonNode body = json.readTree(readiness(healthPort).body());
        assertThat(body.at("/upstreams/sp4n/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/upstreams/lapor-bantul/status").asText()).isEqualTo("UP");
        return body.at("/upstreams/sp4n/consecutiveFailures").asInt();
    }

    private boolean caughtUp(BridgeHarness harness, Events events) {
        if (linked(harness) < events.trackingIds.size()
                || mirroredTrackingIds(harness).size() < events.trackingIds.size()
                || harness.mock().sp4n().rejectDispositionCalls().size() < events.rejected.size()) {
            return false;
        }
        for (Map.Entry<String, String> answer : events.answers.entrySet()) {
            if (FaultFixtures.followupsWithContent(harness, events.answered.get(answer.getKey()),
                    answer.getKey()) == 0) {
                return false;
            }
        }
        long laporBantulStored = harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'lapor-bantul'");
        return laporBantulStored == harness.mock().laporBantul().aduanList().size()
                && harness.count("SELECT COUNT(*) FROM outbox_item WHERE state <> 'done'") == 0;
    }

    private static void assertEveryComplaintOnce(BridgeHarness harness, Events events) {
        assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'"))
                .as("SP4N-LAPOR! complaints stored").isEqualTo(events.trackingIds.size());
        assertThat(linked(harness)).as("complaints linked to an aduan").isEqualTo(events.trackingIds.size());
        Map<String, Long> aduanPerTrackingId = mirroredTrackingIds(harness);
        assertThat(aduanPerTrackingId.keySet()).containsExactlyInAnyOrderElementsOf(events.trackingIds);
        assertThat(aduanPerTrackingId.values()).as("aduan per tracking id").containsOnly(1L);
        assertThat(harness.mock().laporBantul().createAduanCalls()).as("aduan created")
                .isEqualTo(events.trackingIds.size());
        assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'lapor-bantul'"))
                .as("aduan stored, mirrored and filed in the app")
                .isEqualTo(events.trackingIds.size() + events.laporBantulFiled);
    }

    private static void assertEveryAnswerOnce(BridgeHarness harness, Events events) {
        assertThat(harness.mock().sp4n().addFollowupCalls()).as("addfollowup calls stored")
                .isEqualTo(events.answers.size());
        events.answers.keySet().forEach(text -> assertThat(FaultFixtures.followupsWithContent(harness,
                events.answered.get(text), text)).as("follow-ups of answer %s", events.answers.get(text))
                .isEqualTo(1));
    }

    private static void assertRejectionsOnce(BridgeHarness harness, Events events) {
        List<ObjectNode> calls = harness.mock().sp4n().rejectDispositionCalls();
        assertThat(calls).extracting(call -> call.get("tracking_id").asText())
                .containsExactlyInAnyOrderElementsOf(events.rejected);
        assertThat(calls).extracting(call -> call.get("reason").asText()).containsOnly(REJECTION_REASON);
    }

    private static void assertOutboxSettled(BridgeHarness harness, ShippedTiming shipped) {
        assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE state = 'dead'")).as("dead letters")
                .isZero();
        assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE state <> 'done'")).as("items not done")
                .isZero();
        // The answer queued at the outage's start fails once per backoff step that fits in 30 minutes and is then
        // posted after the outage. One attempt less is allowed for a step that a loaded machine delays past the end.
        int failing = shipped.attemptsWithin(OUTAGE);
        assertThat(oldestAnswerAttempts(harness)).as("attempts of the answer queued first, %d failing expected",
                failing).isBetween((long) failing, failing + 1L);
    }

    private static long oldestAnswerAttempts(BridgeHarness harness) {
        return harness.count("SELECT attempts FROM outbox_item WHERE action = 'add-followup' "
                + "ORDER BY id FETCH FIRST 1 ROW ONLY");
    }

    private static long linked(BridgeHarness harness) {
        return harness.count("SELECT COUNT(*) FROM complaint_link");
    }

    private static Map<String, Long> mirroredTrackingIds(BridgeHarness harness) {
        Map<String, Long> counts = new LinkedHashMap<>();
        harness.mock().laporBantul().aduanList().stream().filter(aduan -> aduan.hasNonNull("ref_sp4n"))
                .forEach(aduan -> counts.merge(aduan.get("ref_sp4n").asText(), 1L, Long::sum));
        return counts;
    }

    private static long failedDeliveryAttempts(BridgeHarness harness) {
        return harness.count("SELECT COALESCE(SUM(attempts - 1), 0) FROM outbox_item WHERE state = 'done' "
                + "AND attempts > 1");
    }

    private static double failedSp4nPolls() {
        return Metrics.globalRegistry.counter("lapor_bridge_polls", "source", "sp4n", "outcome", "failed").count();
    }

    private HttpResponse<String> readiness(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What happens upstream, one step per minute of the outage, and what the bridge must carry across. */
    private static final class Events {

        private final BridgeHarness harness;
        private final ScaledClock clock;
        private final List<String> trackingIds = new ArrayList<>();
        /** Answer text -> a label of it for messages. */
        private final Map<String, String> answers = new LinkedHashMap<>();
        /** Answer text -> the tracking id it answers. */
        private final Map<String, String> answered = new LinkedHashMap<>();
        private final List<String> rejected = new ArrayList<>();
        private int laporBantulFiled;

        Events(BridgeHarness harness, ScaledClock clock) {
            this.harness = harness;
            this.clock = clock;
        }

        /**
         * Even minutes: an OPD answer on a complaint mirrored before the outage. Odd minutes: a new complaint on
         * SP4N-LAPOR!. Minutes 7 and 22: an OPD rejects an aduan as not its authority. Every 6 minutes from
         * minute 4: a citizen files an aduan in Lapor Bantul.
         */
        void duringOutage(int minute) {
            if (minute % 2 == 0) {
                answer(minute / 2);
            } else {
                newSp4nComplaint(true);
            }
            if (minute == 7 || minute == 22) {
                reject(trackingIds.get(ANSWERED_BEFORE + rejected.size()));
            }
            if (minute % 6 == 4) {
                fileInLaporBantul();
            }
        }

        void newSp4nComplaint(boolean duringOutage) {
            int number = trackingIds.size();
            String trackingId = Integer.toString(8100 + number);
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), WIB);
            ObjectNode complaint = Sp4nComplaints.complaint(trackingId, INSTITUTIONS.get(number % INSTITUTIONS.size()),
                    "Aduan " + trackingId, (duringOutage ? "Masuk saat gangguan, aduan " : "Aduan ") + trackingId,
                    now);
            complaint.put("created_at", Sp4nComplaints.WIB_TEXT.format(now.minusMinutes(5)));
            if (number % 3 == 2) {
                Sp4nComplaints.anonymous(complaint);
            }
            if (number % 4 == 3) {
                complaint.put("is_secret", "1");
            }
            harness.mock().sp4n().putComplaint(complaint);
            trackingIds.add(trackingId);
        }

        private void answer(int answerNumber) {
            String trackingId = trackingIds.get(answerNumber % ANSWERED_BEFORE);
            String jenis = answerNumber < ANSWERED_BEFORE ? "sementara" : "akhir";
            String text = "Jawaban " + jenis + " nomor " + answerNumber + " untuk aduan " + trackingId;
            long aduanId = harness.mock().laporBantul().aduanByRefSp4n(trackingId).orElseThrow().get("id").asLong();
            harness.mock().laporBantul().addTanggapan(aduanId, jenis, text, "Operator OPD");
            answers.put(text, "answer " + answerNumber + " on " + trackingId);
            answered.put(text, trackingId);
        }

        private void reject(String trackingId) {
            long aduanId = harness.mock().laporBantul().aduanByRefSp4n(trackingId).orElseThrow().get("id").asLong();
            harness.mock().laporBantul().setStatus(aduanId, "ditolak", "Operator OPD", REJECTION_REASON);
            rejected.add(trackingId);
        }

        private void fileInLaporBantul() {
            ObjectNode aduan = new ObjectMapper().createObjectNode()
                    .put("judul", "Aduan langsung " + laporBantulFiled)
                    .put("isi", "Diajukan di aplikasi saat gangguan SP4N-LAPOR!")
                    .put("sumber", "android");
            aduan.putObject("opd").put("kode", "12500");
            harness.mock().laporBantul().createAduan(aduan);
            laporBantulFiled++;
        }
    }

    /**
     * The intervals and backoff of config/lapor-bridge.properties, and what they give over a span of real time.
     */
    private record ShippedTiming(long sp4nPollMs, long laporBantulPollMs, long outboxMs, List<Integer> backoff,
                                 int maxAttempts, Properties properties) {

        static ShippedTiming read(Path file) throws IOException {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            List<Integer> backoff = Arrays.stream(properties.getProperty("bridge.outbox.backoff-seconds").split(","))
                    .map(String::trim).map(Integer::valueOf).toList();
            return new ShippedTiming(millis(properties, "bridge.sp4n.poll-interval-ms"),
                    millis(properties, "bridge.lapor-bantul.poll-interval-ms"),
                    millis(properties, "bridge.outbox.interval-ms"), backoff,
                    Integer.parseInt(properties.getProperty("bridge.outbox.max-attempts")), properties);
        }

        private static long millis(Properties properties, String key) {
            return Long.parseLong(properties.getProperty(key).trim());
        }

        long pollCycles(Duration span) {
            return span.toMillis() / sp4nPollMs;
        }

        /** Counts the delivery attempts of an item that fails from the span's start on: the first plus each step. */
        int attemptsWithin(Duration span) {
            int attempts = 1;
            long elapsed = 0;
            while (attempts < maxAttempts) {
                elapsed += backoff.get(Math.min(attempts, backoff.size()) - 1);
                if (elapsed > span.toSeconds()) {
                    break;
                }
                attempts++;
            }
            return attempts;
        }

        /**
         * Returns the settings for a bridge whose clock runs {@code factor} times faster: Quartz intervals divided
         * by the factor, the clock-based backoff, lease, attempts and batch size as shipped.
         */
        Map<String, String> scaledSettings(long factor) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("bridge.sp4n.poll-interval-ms", Long.toString(sp4nPollMs / factor));
            settings.put("bridge.lapor-bantul.poll-interval-ms", Long.toString(laporBantulPollMs / factor));
            settings.put("bridge.outbox.interval-ms", Long.toString(outboxMs / factor));
            for (String key : List.of("bridge.outbox.backoff-seconds", "bridge.outbox.max-attempts",
                    "bridge.outbox.lease-seconds", "bridge.outbox.batch-size")) {
                settings.put(key, properties.getProperty(key).trim());
            }
            return settings;
        }

        String describe(Duration span, long factor) {
            return String.format("Shipped timing over %d min: %d SP4N-LAPOR! and %d Lapor Bantul poll cycles, "
                            + "%d outbox runs, %d delivery attempts of an item failing throughout (backoff %s s, "
                            + "max %d attempts); replayed %d times faster: %d s real",
                    span.toMinutes(), span.toMillis() / sp4nPollMs, span.toMillis() / laporBantulPollMs,
                    span.toMillis() / outboxMs, attemptsWithin(span), backoff, maxAttempts, factor,
                    span.toSeconds() / factor);
        }
    }
}
