package id.laporbridge.support;

import id.laporbridge.app.BridgeApplication;
import id.laporbridge.app.BridgeOptions;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Runs the real bridge (config/ and routes/ of the project, through Camel Main) against the mock upstreams on a
 * free loopback port, with its H2 file in a test folder. The bridge can be stopped and started again on the same
 * store to test restarts.
 */
public final class BridgeHarness implements AutoCloseable {

    public static final String KEYTOKEN = "test-keytoken";
    public static final String CLIENT_ID = "test-client";
    public static final String CLIENT_SECRET = "test-client-secret";

    private final MockUpstreams mock;
    private final Path storeFolder;
    private final Map<String, String> overrides = new HashMap<>();
    private Path configDir = Path.of("config");
    private Clock clock = Clock.systemUTC();
    private BridgeApplication bridge;

    public BridgeHarness(Path storeFolder) {
        this(storeFolder, MockOptions.defaults());
    }

    public BridgeHarness(Path storeFolder, MockOptions mockOptions) {
        this.storeFolder = storeFolder;
        this.mock = MockUpstreams.start(mockOptions.port(0)
                .sp4nKeytokens(java.util.Set.of(KEYTOKEN))
                .laporBantulClients(Map.of(CLIENT_ID, CLIENT_SECRET)));
        overrides.put("bridge.sp4n.base-url", mock.baseUrl());
        overrides.put("bridge.lapor-bantul.base-url", mock.baseUrl());
        overrides.put("bridge.store.jdbc-url", "jdbc:h2:file:" + storeFolder.resolve("store").toAbsolutePath());
        overrides.put("bridge.sp4n.poll-interval-ms", "300");
        overrides.put("bridge.lapor-bantul.poll-interval-ms", "300");
        overrides.put("bridge.outbox.interval-ms", "300");
        overrides.put("bridge.outbox.backoff-seconds", "1");
        overrides.put("bridge.outbox.batch-size", "500");
        overrides.put("bridge.health.port", "0");
    }

    public MockUpstreams mock() {
        return mock;
    }

    /** Sets a bridge setting for the next {@link #start()}. */
    public BridgeHarness set(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** Sets the clock of the bridge for the next {@link #start()}; the system clock by default. */
    public BridgeHarness clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Copies the project's config/ and routes/ into {@code folder} and runs the bridge on the copies, so that a
     * test can edit them. Returns the copied folder, which holds config/ and routes/.
     */
    public Path useCopiedConfig(Path folder) throws java.io.IOException {
        ProjectFiles.copyTree(Path.of("config"), folder.resolve("config"));
        ProjectFiles.copyTree(Path.of("routes"), folder.resolve("routes"));
        configDir = folder.resolve("config");
        overrides.put("bridge.routes.dir", folder.resolve("routes").toAbsolutePath().toString());
        return folder;
    }

    public BridgeHarness start() throws Exception {
        Map<String, String> environment = Map.of(
                "BRIDGE_SP4N_KEYTOKEN", KEYTOKEN,
                "BRIDGE_LAPOR_BANTUL_CLIENT_ID", CLIENT_ID,
                "BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", CLIENT_SECRET);
        bridge = BridgeApplication.start(new BridgeOptions(configDir, null, environment, overrides, clock));
        return this;
    }

    public void stop() {
        if (bridge != null) {
            bridge.close();
            bridge = null;
        }
    }

    public BridgeHarness restart() throws Exception {
        stop();
        return start();
    }

    public BridgeApplication bridge() {
        return bridge;
    }

    /** Waits until both listings have finished {@code polls} more complete polls from now. */
    public void awaitPolls(int polls) {
        ListingPoll sp4n = bean("sp4nListing", ListingPoll.class);
        ListingPoll laporBantul = bean("laporBantulListing", ListingPoll.class);
        int institutions = bean("opdMap", id.laporbridge.config.OpdMap.class).institutionIds().size();
        awaitIncrease(sp4n::finishedPolls, (long) polls * institutions);
        awaitIncrease(laporBantul::finishedPolls, polls);
    }

    private static void awaitIncrease(LongSupplier counter, long by) {
        long target = counter.getAsLong() + by;
        await().atMost(Duration.ofSeconds(60)).until(() -> counter.getAsLong() >= target);
    }

    public <T> T bean(String name, Class<T> type) {
        return bridge.camelContext().getRegistry().lookupByNameAndType(name, type);
    }

    /** Runs a query that returns one number, on the bridge's store. */
    public long count(String sql, Object... parameters) {
        return bridge.database().inTransaction((Connection connection) -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    public <T> T query(id.laporbridge.store.Database.SqlWork<T> work) {
        return bridge.database().inTransaction(work);
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            mock.close();
        }
    }
}
