package id.laporbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.laporbridge.model.Digests;
import id.laporbridge.normalize.MatchingText;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The ceiling the bridge is compared with: a plain single-threaded program, without Camel, that makes the same
 * upstream calls and store writes as the bridge's backfill. For each mapped institution it reads the SP4N listing
 * page by page with the JDK HTTP client, parses it with Jackson, stores each page in one transaction with batched
 * JDBC (complaint rows, their status events and the cursor) into an H2 file migrated by the bridge's own Flyway
 * scripts, then creates one Lapor Bantul aduan per complaint and stores the links in one batch.
 *
 * <p>Arguments: base URL, store folder, then the institution id and OPD kode pairs as {@code id=kode}.
 */
public final class BaselineSync {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 100;
    private static final String INSERT_COMPLAINT = "INSERT INTO complaint (source, upstream_id, "
            + "upstream_created_at, upstream_updated_at, status, stage, title, body, body_normalized, classification, "
            + "category_code, org_code, channel, anonymous, secret, reporter_json, location_json, ref_sp4n, "
            + "content_hash, raw_json, first_seen_at, last_changed_at) "
            + "VALUES ('sp4n', ?, ?, ?, ?, 'disposed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)";
    private static final String INSERT_STATUS = "INSERT INTO status_event (complaint_id, status, stage, occurred_at, "
            + "recorded_at, applied) VALUES (?, ?, 'disposed', ?, ?, TRUE)";
    private static final String INSERT_LINK = "INSERT INTO complaint_link (sp4n_tracking_id, lapor_bantul_id, "
            + "linked_by, linked_at) VALUES (?, ?, 'created', ?)";
    private static final String MERGE_CURSOR = "MERGE INTO poll_cursor (source, listing, updated_at, upstream_id, "
            + "moved_at) KEY (source, listing) VALUES ('sp4n', ?, ?, ?, ?)";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final HikariDataSource store;
    private String token;

    private BaselineSync(String baseUrl, HikariDataSource store) {
        this.baseUrl = baseUrl;
        this.store = store;
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + Path.of(args[1]).resolve("store").toAbsolutePath());
        config.setMaximumPoolSize(2);
        try (HikariDataSource store = new HikariDataSource(config)) {
            Flyway.configure().dataSource(store).load().migrate();
            BaselineSync sync = new BaselineSync(args[0], store);
            int total = 0;
            for (int i = 2; i < args.length; i++) {
                String[] pair = args[i].split("=");
                total += sync.syncInstitution(pair[0], pair[1]);
            }
            System.out.println("BENCH done " + total);
        }
    }

    private int syncInstitution(String institution, String opdCode) throws Exception {
        int stored = 0;
        for (int page = 1; ; page++) {
            JsonNode reply = post("/api/services/f01/getcomplaints", Map.of("KEYTOKEN", FastUpstreams.KEYTOKEN,
                    "institution_id", institution, "page", Integer.toString(page), "limit",
                    Integer.toString(PAGE_SIZE)));
            List<JsonNode> records = new ArrayList<>();
            reply.get("data").forEach(records::add);
            storePage(institution, records);
            mirror(records, opdCode);
            stored += records.size();
            if (records.size() < PAGE_SIZE || (long) page * PAGE_SIZE >= reply.get("total").asLong()) {
                return stored;
            }
        }
    }

    private void storePage(String institution, List<JsonNode> records) throws SQLException {
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<OffsetDateTime> updatedTimes = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_COMPLAINT,
                    Statement.RETURN_GENERATED_KEYS)) {
                for (JsonNode record : records) {
                    updatedTimes.add(bindComplaint(insert, record, now));
                    insert.addBatch();
                }
                insert.executeBatch();
                storeStatuses(connection, insert, records, updatedTimes, now);
            }
            if (!records.isEmpty()) {
                JsonNode last = records.get(records.size() - 1);
                try (PreparedStatement merge = connection.prepareStatement(MERGE_CURSOR)) {
                    merge.setString(1, institution);
                    merge.setObject(2, updatedTimes.get(updatedTimes.size() - 1));
                    merge.setString(3, last.get("tracking_id").asText());
                    merge.setObject(4, now);
                    merge.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    private static OffsetDateTime bindComplaint(PreparedStatement insert, JsonNode record, OffsetDateTime now)
            throws SQLException {
        OffsetDateTime updated = wib(record.get("updated_at").asText());
        String body = record.get("content").asText();
        boolean anonymous = "1".equals(record.get("is_anonymous").asText());
        insert.setString(1, record.get("tracking_id").asText());
        insert.setObject(2, wib(record.get("created_at").asText()));
        insert.setObject(3, updated);
        insert.setString(4, record.get("status").asText());
        insert.setString(5, record.get("title").asText());
        insert.setString(6, body);
        insert.setString(7, MatchingText.of(body));
        insert.setString(8, record.get("classification").asText());
        insert.setString(9, record.get("topic_id").asText());
        insert.setString(10, record.get("institution_id").asText());
        insert.setString(11, record.get("channel").asText());
        insert.setBoolean(12, anonymous);
        insert.setBoolean(13, "1".equals(record.get("is_secret").asText()));
        insert.setString(14, anonymous ? null : record.get("reporter").toString());
        insert.setString(15, record.get("location").toString());
        String raw = record.toString();
        insert.setString(16, Digests.sha256(raw));
        insert.setString(17, raw);
        insert.setObject(18, now);
        insert.setObject(19, now);
        return updated;
    }

    private static void storeStatuses(Connection connection, PreparedStatement inserted, List<JsonNode> records,
                                      List<OffsetDateTime> updatedTimes, OffsetDateTime now) throws SQLException {
        try (ResultSet keys = inserted.getGeneratedKeys();
             PreparedStatement status = connection.prepareStatement(INSERT_STATUS)) {
            for (int i = 0; keys.next(); i++) {
                status.setLong(1, keys.getLong(1));
                status.setString(2, records.get(i).get("status").asText());
                status.setObject(3, updatedTimes.get(i));
                status.setObject(4, now);
                status.addBatch();
            }
            status.executeBatch();
        }
    }

    private void mirror(List<JsonNode> records, String opdCode) throws Exception {
        List<String[]> links = new ArrayList<>();
        for (JsonNode record : records) {
            HttpResponse<byte[]> reply = createAduan(aduanBody(record, opdCode));
            if (reply.statusCode() != 201 && reply.statusCode() != 409) {
                throw new IllegalStateException("Create aduan failed with HTTP " + reply.statusCode());
            }
            links.add(new String[] {record.get("tracking_id").asText(),
                JSON.readTree(reply.body()).get("id").asText()});
        }
        try (Connection connection = store.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (String[] link : links) {
                insert.setString(1, link[0]);
                insert.setString(2, link[1]);
                insert.setObject(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** Returns the create-aduan request for an SP4N complaint, with the fields the bridge's request carries. */
    static ObjectNode aduanBody(JsonNode record, String opdCode) {
        ObjectNode body = JSON.createObjectNode()
                .put("judul", record.get("title").asText())
                .put("isi", record.get("content").asText())
                .put("anonim", "1".equals(record.get("is_anonymous").asText()))
                .put("rahasia", "1".equals(record.get("is_secret").asText()))
                .put("sumber", "sp4n")
                .put("ref_sp4n", record.get("tracking_id").asText())
                .put("dibuat_pada", wib(record.get("created_at").asText()).toInstant().toString());
        body.putObject("opd").put("kode", opdCode);
        body.putObject("kategori").put("kode", record.get("topic_id").asText());
        JsonNode reporter = record.get("reporter");
        if (reporter.isObject()) {
            body.putObject("pelapor").put("nama", reporter.path("name").asText())
                    .put("email", reporter.path("email").asText()).put("telepon", reporter.path("phone").asText());
        }
        JsonNode location = record.get("location");
        if (location.isObject()) {
            body.putObject("lokasi").setAll((ObjectNode) location);
        }
        return body;
    }

    private HttpResponse<byte[]> createAduan(ObjectNode body) throws IOException, InterruptedException {
        if (token == null) {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("client_id", FastUpstreams.CLIENT_ID)
                            .put("client_secret", FastUpstreams.CLIENT_SECRET).toString()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            token = JSON.readTree(reply.body()).get("access_token").asText();
        }
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/aduan"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder encoded = new StringBuilder();
        form.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("Listing call failed with HTTP " + reply.statusCode() + " path=" + path);
        }
        return JSON.readTree(reply.body());
    }

    private static OffsetDateTime wib(String text) {
        return Instant.ofEpochSecond(FastUpstreams.parseWib(text)).atOffset(ZoneOffset.UTC);
    }
}
