package id.laporbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.app.DedupBeans;
import id.laporbridge.app.PageWriters;
import id.laporbridge.app.Settings;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.sla.store.SlaWatermark;
import id.laporbridge.store.Database;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.SyncActivity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the store of the heap run with what the bridge would have stored after syncing the complaints that the
 * upstreams hold now, and their aduan, in a JVM of its own. It reads both listings page by page and writes each
 * page through the bridge's own page writer (normalize, store, decide), as a poll does, but without Camel and
 * without calling Lapor Bantul: the aduan are in the upstream already. Then it marks the queued create-aduan items
 * done, adds the complaints to the duplicate index without checking them, and sets the SLA check's watermark to
 * now, as if its checks had kept up.
 *
 * <p>NOTE: the seeded complaints get no SLA clocks and no duplicate links; the bridge adds both for the complaints
 * it syncs after the seeding.
 *
 * <p>Arguments: base URL, store folder, then the institution ids.
 */
public final class StoreSeeder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    private StoreSeeder(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("bridge.store.jdbc-url", "jdbc:h2:file:" + Path.of(args[1]).resolve("store").toAbsolutePath());
        overrides.put("bridge.sp4n.base-url", baseUrl);
        overrides.put("bridge.lapor-bantul.base-url", baseUrl);
        Settings settings = Settings.load(Path.of("config", "lapor-bridge.properties"), null, Map.of(
                "BRIDGE_SP4N_KEYTOKEN", FastUpstreams.KEYTOKEN,
                "BRIDGE_LAPOR_BANTUL_CLIENT_ID", FastUpstreams.CLIENT_ID,
                "BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", FastUpstreams.CLIENT_SECRET), overrides).requireComplete();
        BridgeConfig config = new ConfigLoader().load(Path.of("config"));
        StoreSeeder seeder = new StoreSeeder(baseUrl);
        long started = System.nanoTime();
        try (Database database = Database.open(settings.text("bridge.store.jdbc-url"), 4)) {
            PageWriters writers = PageWriters.standalone(settings, config, database, Clock.systemUTC());
            int complaints = 0;
            for (int i = 2; i < args.length; i++) {
                complaints += seeder.storeSp4n(writers.forSource(BridgeConfig.SP4N), args[i]);
            }
            int aduan = seeder.storeAduan(writers.forSource(BridgeConfig.LAPOR_BANTUL));
            int done = markMirrorsDone(database);
            long indexed = DedupBeans.create(settings, config, database, new SyncActivity(), Clock.systemUTC())
                    .indexQueuedWithoutChecking(2_000);
            database.inTransaction(connection -> {
                new SlaWatermark().write(connection, Instant.now(), Instant.now());
                return null;
            });
            System.out.printf("BENCH seeded %d %d %d %d %.0f%n", complaints, aduan, done, indexed,
                    (System.nanoTime() - started) / 1e9);
        }
        System.exit(0);
    }

    private int storeSp4n(PageWriter writer, String institution) throws IOException, InterruptedException {
        int stored = 0;
        for (int page = 1; ; page++) {
            String form = "KEYTOKEN=" + FastUpstreams.KEYTOKEN + "&institution_id=" + institution + "&page=" + page
                    + "&limit=" + PAGE_SIZE;
            JsonNode reply = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/services/f01/getcomplaints"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            List<JsonNode> records = records(reply.get("data"));
            writer.write(BridgeConfig.SP4N, institution, records);
            stored += records.size();
            if (records.size() < PAGE_SIZE) {
                return stored;
            }
        }
    }

    private int storeAduan(PageWriter writer) throws IOException, InterruptedException {
        JsonNode token = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("client_id", FastUpstreams.CLIENT_ID)
                        .put("client_secret", FastUpstreams.CLIENT_SECRET).toString())));
        String bearer = "Bearer " + token.get("access_token").asText();
        int stored = 0;
        for (int page = 1; ; page++) {
            JsonNode reply = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/aduan?page=" + page
                    + "&per_page=" + PAGE_SIZE)).header("Authorization", bearer).GET());
            List<JsonNode> records = records(reply.get("data"));
            // The listing name the lapor-bantul-poll route uses for its cursor.
            writer.write(BridgeConfig.LAPOR_BANTUL, "aduan", records);
            stored += records.size();
            if (records.size() < PAGE_SIZE) {
                return stored;
            }
        }
    }

    /** Marks the create-aduan items done with the linked aduan, as the mirror would have; returns the count. */
    private static int markMirrorsDone(Database database) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_item o SET state = 'done', "
                    + "attempts = 1, result_ref = (SELECT l.lapor_bantul_id FROM complaint_link l "
                    + "WHERE l.sp4n_tracking_id = o.subject_id), updated_at = CURRENT_TIMESTAMP "
                    + "WHERE o.action = 'create-aduan' AND o.state = 'pending'")) {
                return update.executeUpdate();
            }
        });
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("Seeding call failed with HTTP " + reply.statusCode());
        }
        return JSON.readTree(reply.body());
    }

    private static List<JsonNode> records(JsonNode array) {
        List<JsonNode> records = new ArrayList<>();
        array.forEach(records::add);
        return records;
    }
}
