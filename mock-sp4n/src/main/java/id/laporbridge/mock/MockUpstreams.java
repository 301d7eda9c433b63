package id.laporbridge.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful mock of both upstreams on one WireMock server bound to 127.0.0.1: SP4N-LAPOR! under
 * {@code /api/services/} and Lapor Bantul under {@code /api/v1/}. Tests read and change the data
 * through {@link #sp4n()} and {@link #laporBantul()} while the server runs.
 */
public final class MockUpstreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MockUpstreams.class);
    private static final String SP4N_TRANSFORMER = "sp4n-api";
    private static final String LAPOR_BANTUL_TRANSFORMER = "lapor-bantul-api";

    private final WireMockServer server;
    private final Sp4nState sp4n;
    private final LaporBantulState laporBantul;
    private final SeedLoader seedLoader;
    private final InjectedFaults faults;

    private MockUpstreams(WireMockServer server, Sp4nState sp4n, LaporBantulState laporBantul, SeedLoader seedLoader,
            InjectedFaults faults) {
        this.server = server;
        this.sp4n = sp4n;
        this.laporBantul = laporBantul;
        this.seedLoader = seedLoader;
        this.faults = faults;
    }

    /** Starts the server on 127.0.0.1 with empty data; port 0 in the options picks a free port. */
    public static MockUpstreams start(MockOptions options) {
        MockTime time = new MockTime(options.clock(), options.sp4nZone());
        LaporBantulTokens tokens = new LaporBantulTokens(time, Duration.ofSeconds(options.tokenLifetimeSeconds()));
        Sp4nState sp4n = new Sp4nState(time);
        LaporBantulState laporBantul = new LaporBantulState(time, tokens);
        InjectedFaults faults = new InjectedFaults();
        Sp4nApi sp4nApi = new Sp4nApi(sp4n, options.sp4nKeytokens(), options.maxSp4nLimit(), faults);
        LaporBantulApi laporBantulApi = new LaporBantulApi(laporBantul, tokens, options.laporBantulClients(), faults);

        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(options.port())
                .notifier(new LoggingNotifier())
                .disableRequestJournal()
                // Delayed replies wait on a scheduler instead of a server thread, so hung calls cannot starve others.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                .containerThreads(40)
                .extensions(
                        new MockApiTransformer(SP4N_TRANSFORMER, sp4nApi),
                        new MockApiTransformer(LAPOR_BANTUL_TRANSFORMER, laporBantulApi),
                        new StalledBodies()));
        server.start();
        stubPrefix(server, Sp4nApi.PATH_PREFIX, SP4N_TRANSFORMER);
        stubPrefix(server, LaporBantulApi.PATH_PREFIX, LAPOR_BANTUL_TRANSFORMER);
        stubNotFound(server);
        LOG.info("Mock upstreams started baseUrl=http://127.0.0.1:{}", server.port());
        return new MockUpstreams(server, sp4n, laporBantul, new SeedLoader(sp4n, laporBantul, time), faults);
    }

    private static void stubPrefix(WireMockServer server, String prefix, String transformer) {
        server.stubFor(any(urlPathMatching(prefix + ".*")).willReturn(aResponse().withTransformers(transformer)));
    }

    /**
     * Responds to every other path with a JSON 404. Without this stub WireMock 3.13 sends a plain-text
     * report and passes a "Request was not matched" diff of the request to its notifier as an error.
     */
    private static void stubNotFound(WireMockServer server) {
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"status\":\"error\",\"message\":\"no such path on the mock upstreams\"}")));
    }

    public int port() {
        return server.port();
    }

    /** Returns {@code http://127.0.0.1:<port>}, the base of both contracts' paths. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Sp4nState sp4n() {
        return sp4n;
    }

    public LaporBantulState laporBantul() {
        return laporBantul;
    }

    /** Loads a JSON seed file and adds its data to the current state. */
    public void seed(Path seedFile) {
        SeedLoader.SeedCounts counts = seedLoader.load(seedFile);
        LOG.info("Mock seed loaded file={} complaints={} aduan={}", seedFile, counts.complaints(), counts.aduan());
    }

    /**
     * Makes the next {@code times} calls to {@code path} (for example {@code /api/services/f02/addfollowup})
     * fail with {@code status} without touching the data. A 429 carries {@code Retry-After: 1}.
     */
    public void failNext(String path, int status, int times) {
        faults.add(path, MockFault.status(status), times);
    }

    /**
     * Makes the next {@code times} calls to {@code path} take effect and then fail with {@code status}, as
     * when a reply is lost after the upstream stored the change.
     */
    public void failNextAfterApplying(String path, int status, int times) {
        faults.add(path, MockFault.status(status).afterApplying(), times);
    }

    /** Injects {@code fault} into the next {@code times} calls to {@code path}. */
    public void inject(String path, MockFault fault, int times) {
        faults.add(path, fault, times);
        LOG.info("Mock fault injected path={} fault=\"{}\" times={}", path, fault, times);
    }

    /** Injects {@code fault} into every call to {@code path} until {@link #clearFaults} removes it. */
    public void injectUntilCleared(String path, MockFault fault) {
        faults.add(path, fault, InjectedFaults.UNTIL_CLEARED);
        LOG.info("Mock fault injected path={} fault=\"{}\" times=until-cleared", path, fault);
    }

    /** Removes every fault queued for {@code path}. */
    public void clearFaults(String path) {
        faults.clear(path);
        LOG.info("Mock faults cleared path={}", path);
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (server.isRunning()) {
            int port = server.port();
            server.stop();
            LOG.info("Mock upstreams stopped port={}", port);
        }
    }
}
