package id.laporbridge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.app.BridgeApplication;
import id.laporbridge.app.BridgeOptions;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo: mock upstreams on a free loopback port seeded with synthetic complaints, the bridge on an H2 file under
 * the work folder, and an OPD that answers some of the mirrored complaints, so both directions can be watched.
 */
public final class DemoRun implements AutoCloseable {

    /** Name of the H2 store in the work folder: its files are {@code store.mv.db} and so on. */
    public static final String STORE_NAME = "store";
    private static final String KEYTOKEN = "demo-keytoken";
    private static final String CLIENT_ID = "demo-client";
    private static final String CLIENT_SECRET = "demo-secret";

    private final DemoOptions options;
    private final PrintStream out;
    private final MockUpstreams mock;
    private final DemoSeed seed;
    private final SyntheticComplaints generator;
    private final AtomicInteger nextTrackingId = new AtomicInteger(9_100_000);
    private final List<String> answered = new ArrayList<>();
    private BridgeApplication bridge;

    public DemoRun(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        List<String> institutions = new ConfigLoader().load(options.configDir()).opdMap().institutionIds();
        this.seed = new DemoSeed(institutions);
        Instant now = Instant.now();
        this.generator = new SyntheticComplaints(options.seed(), Integer.MAX_VALUE, 0.05,
                now.minus(Duration.ofDays(3)), now);
        this.mock = MockUpstreams.start(MockOptions.defaults().port(0)
                .sp4nKeytokens(java.util.Set.of(KEYTOKEN))
                .laporBantulClients(Map.of(CLIENT_ID, CLIENT_SECRET)));
    }

    /** Seeds the mock, starts the bridge and waits for one full cycle; returns the summary of that cycle. */
    public DemoSummary runCycle() throws Exception {
        long started = System.nanoTime();
        List<String> trackingIds = seedUpstreams();
        out.printf("Mock upstreams on %s: %d SP4N-LAPOR! complaints, %d Lapor Bantul aduan%n", mock.baseUrl(),
                trackingIds.size(), options.directAduan());
        bridge = BridgeApplication.start(bridgeOptions());
        out.printf("Health and metrics on http://127.0.0.1:%d/health/ready and /metrics%n", bridge.healthPort());
        DemoProgress progress = new DemoProgress(mock, options.timeout());
        progress.awaitMirrored(trackingIds);
        List<String> answers = answerAsOpd(trackingIds);
        progress.awaitFollowups(answers);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new DemoSummary(trackingIds.size(), mock.laporBantul().aduanList().size(), answers.size(),
                mock.sp4n().addFollowupCalls(), took);
    }

    /** Keeps adding one new complaint and one answer per interval until the JVM stops. */
    public void keepPlaying(Duration interval) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(interval.toMillis());
            List<String> added = List.of(addSp4nComplaint());
            out.printf("Demo added SP4N-LAPOR! complaint trackingId=%s%n", added.get(0));
            answerAsOpd(unansweredMirrored()).forEach(id -> out.printf("Demo OPD answered trackingId=%s%n", id));
        }
    }

    private List<String> seedUpstreams() {
        List<String> trackingIds = new ArrayList<>();
        for (int i = 0; i < options.complaints(); i++) {
            trackingIds.add(addSp4nComplaint());
        }
        for (int i = 0; i < options.directAduan(); i++) {
            mock.laporBantul().createAduan(seed.laporBantulAduan(generator.next(), "12500"));
        }
        return trackingIds;
    }

    private String addSp4nComplaint() {
        String trackingId = Integer.toString(nextTrackingId.getAndIncrement());
        mock.sp4n().putComplaint(seed.sp4nComplaint(generator.next(), trackingId, Instant.now()));
        return trackingId;
    }

    /** Answers every third mirrored complaint as its OPD would in Lapor Bantul; returns their tracking ids. */
    private List<String> answerAsOpd(List<String> trackingIds) {
        List<String> answeredNow = new ArrayList<>();
        for (int i = 0; i < trackingIds.size(); i += 3) {
            String trackingId = trackingIds.get(i);
            ObjectNode aduan = mock.laporBantul().aduanByRefSp4n(trackingId).orElse(null);
            if (aduan == null || answered.contains(trackingId)) {
                continue;
            }
            String jenis = i % 2 == 0 ? "akhir" : "sementara";
            mock.laporBantul().addTanggapan(aduan.get("id").asLong(), jenis,
                    "Terima kasih, laporan " + aduan.get("nomor").asText() + " sudah kami tindak lanjuti.",
                    "Operator OPD");
            answered.add(trackingId);
            answeredNow.add(trackingId);
        }
        return answeredNow;
    }

    private List<String> unansweredMirrored() {
        return mock.laporBantul().aduanList().stream()
                .map(aduan -> aduan.path("ref_sp4n").asText(null))
                .filter(ref -> ref != null && !answered.contains(ref))
                .toList();
    }

    private BridgeOptions bridgeOptions() {
        Path store = options.workDir().resolve(STORE_NAME).toAbsolutePath();
        Map<String, String> overrides = Map.of(
                "bridge.sp4n.base-url", mock.baseUrl(),
                "bridge.lapor-bantul.base-url", mock.baseUrl(),
                "bridge.store.jdbc-url", "jdbc:h2:file:" + store,
                "bridge.sp4n.poll-interval-ms", "1000",
                "bridge.lapor-bantul.poll-interval-ms", "1000",
                "bridge.outbox.interval-ms", "500",
                "bridge.health.port", Integer.toString(options.healthPort()));
        Map<String, String> demoSecrets = Map.of(
                "BRIDGE_SP4N_KEYTOKEN", KEYTOKEN,
                "BRIDGE_LAPOR_BANTUL_CLIENT_ID", CLIENT_ID,
                "BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", CLIENT_SECRET);
        return new BridgeOptions(options.configDir(), null, demoSecrets, overrides, Clock.systemUTC());
    }

    /** Stops the bridge, then the mock; a second call does nothing. */
    @Override
    public synchronized void close() {
        try {
            if (bridge != null) {
                bridge.close();
                bridge = null;
            }
        } finally {
            mock.close();
        }
    }
}
