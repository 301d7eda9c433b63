package id.laporbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the SP4N-LAPOR! and Lapor Bantul contracts that the bridge uses, from memory, on 127.0.0.1. Records are
 * kept as pre-rendered JSON, so the server costs little next to the client being measured. Only a change (a
 * follow-up, a new aduan, a new tanggapan) parses and renders one record again.
 *
 * <p>It records when requests arrive: the first listing read, each created aduan by its {@code ref_sp4n} and each
 * follow-up by its tracking id, on {@link System#nanoTime()}.
 *
 * <p>NOTE: only the calls and checks the bridge relies on are served. A wrong KEYTOKEN or bearer token gives 401,
 * but invalid paging values are not validated as the WireMock mock does.
 */
final class FastUpstreams implements AutoCloseable {

    static final String KEYTOKEN = "bench-keytoken";
    static final String CLIENT_ID = "bench-client";
    static final String CLIENT_SECRET = "bench-secret";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final DateTimeFormatter WIB_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WIB);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-access-token";
    private static final int MAX_LIMIT = 100;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, SortedListing> sp4nByInstitution = new ConcurrentHashMap<>();
    private final Map<Long, String> institutionOfComplaint = new ConcurrentHashMap<>();
    private final SortedListing aduan = new SortedListing();
    private final Map<String, Long> aduanIdByRefSp4n = new ConcurrentHashMap<>();
    private final AtomicLong nextAduanId = new AtomicLong(1);
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final AtomicLong firstListingNanos = new AtomicLong();
    private final AtomicLong lastCreateNanos = new AtomicLong();
    private final AtomicInteger aduanCreated = new AtomicInteger();
    private final AtomicInteger followupsPosted = new AtomicInteger();
    private final AtomicInteger sp4nFirstPages = new AtomicInteger();
    private final AtomicInteger aduanFirstPages = new AtomicInteger();
    private final Map<String, Long> createdNanosByRefSp4n = new ConcurrentHashMap<>();
    private final Map<String, Long> followupNanosByTrackingId = new ConcurrentHashMap<>();

    private FastUpstreams(HttpServer server) {
        this.server = server;
    }

    static FastUpstreams start() throws IOException {
        // Without TCP_NODELAY, the separate writes of headers and body meet the client's delayed ACK and every
        // reply waits about 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        FastUpstreams upstreams = new FastUpstreams(server);
        server.createContext("/api/services/f01/getcomplaints", upstreams.guarded(upstreams::getComplaints));
        server.createContext("/api/services/f01/getcomplaint", upstreams.guarded(upstreams::getComplaint));
        server.createContext("/api/services/f02/addfollowup", upstreams.guarded(upstreams::addFollowup));
        server.createContext("/api/v1/auth/token", upstreams.guarded(upstreams::token));
        server.createContext("/api/v1/aduan", upstreams.guarded(upstreams::aduan));
        server.setExecutor(upstreams.executor);
        server.start();
        return upstreams;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds or replaces an SP4N complaint; {@code complaint} is in the SP4N shape with WIB times. */
    void putComplaint(ObjectNode complaint) {
        long trackingId = Long.parseLong(complaint.get("tracking_id").asText());
        String institution = complaint.get("institution_id").asText();
        long updated = parseWib(complaint.get("updated_at").asText());
        institutionOfComplaint.put(trackingId, institution);
        sp4nByInstitution.computeIfAbsent(institution, i -> new SortedListing())
                .put(trackingId, updated, bytes(complaint));
    }

    /** Adds an OPD answer to the aduan mirrored from {@code trackingId}, as an OPD does in the app. */
    void addTanggapan(String trackingId, String text) {
        long aduanId = aduanIdByRefSp4n.get(trackingId);
        ObjectNode record = (ObjectNode) read(aduan.json(aduanId));
        Instant now = Instant.now();
        record.withArray("tanggapan").addObject()
                .put("id", "T" + nextMessageId.getAndIncrement())
                .put("jenis", "sementara")
                .put("isi", text)
                .put("waktu", isoUtc(now))
                .put("oleh", "Operator OPD")
                .putNull("client_ref");
        record.put("status", "laporan_tindak_lanjut");
        record.put("diperbarui_pada", isoUtc(now));
        aduan.put(aduanId, now.getEpochSecond(), bytes(record));
    }

    int aduanCreated() {
        return aduanCreated.get();
    }

    int followupsPosted() {
        return followupsPosted.get();
    }

    /** Counts the SP4N listing calls for page 1: one per institution at the start of each poll. */
    int sp4nFirstPages() {
        return sp4nFirstPages.get();
    }

    /** Counts the Lapor Bantul listing calls for page 1: one at the start of each poll. */
    int aduanFirstPages() {
        return aduanFirstPages.get();
    }

    long firstListingNanos() {
        return firstListingNanos.get();
    }

    long lastCreateNanos() {
        return lastCreateNanos.get();
    }

    Long createdNanos(String refSp4n) {
        return createdNanosByRefSp4n.get(refSp4n);
    }

    Long followupNanos(String trackingId) {
        return followupNanosByTrackingId.get(trackingId);
    }

    /** Forgets every aduan and every recorded arrival, keeping the SP4N complaints. */
    void resetLaporBantul() {
        aduan.clear();
        aduanIdByRefSp4n.clear();
        createdNanosByRefSp4n.clear();
        followupNanosByTrackingId.clear();
        aduanCreated.set(0);
        followupsPosted.set(0);
        firstListingNanos.set(0);
        lastCreateNanos.set(0);
    }

    private void getComplaints(HttpExchange exchange) throws IOException {
        Map<String, String> form = requireKeytoken(exchange);
        if (form == null) {
            return;
        }
        firstListingNanos.compareAndSet(0, System.nanoTime());
        SortedListing listing = sp4nByInstitution.getOrDefault(form.get("institution_id"), new SortedListing());
        String since = form.get("updated_since");
        int page = Integer.parseInt(form.getOrDefault("page", "1"));
        if (page == 1) {
            sp4nFirstPages.incrementAndGet();
        }
        int limit = Math.min(MAX_LIMIT, Integer.parseInt(form.getOrDefault("limit", "100")));
        ByteArrayOutputStream data = new ByteArrayOutputStream(limit * 1024);
        int total = listing.writePage(since == null ? Long.MIN_VALUE : parseWib(since), page, limit, data);
        ByteArrayOutputStream reply = new ByteArrayOutputStream(data.size() + 64);
        reply.writeBytes(("{\"page\":" + page + ",\"limit\":" + limit + ",\"total\":" + total + ",\"data\":")
                .getBytes(StandardCharsets.UTF_8));
        data.writeTo(reply);
        reply.write('}');
        send(exchange, 200, reply.toByteArray());
    }

    private void getComplaint(HttpExchange exchange) throws IOException {
        Map<String, String> form = requireKeytoken(exchange);
        if (form == null) {
            return;
        }
        byte[] complaint = complaintJson(Long.parseLong(form.get("tracking_id")));
        if (complaint == null) {
            sendJson(exchange, 404, "{\"status\":\"error\",\"message\":\"complaint not found\"}");
            return;
        }
        send(exchange, 200, complaint);
    }

    private void addFollowup(HttpExchange exchange) throws IOException {
        Map<String, String> form = requireKeytoken(exchange);
        if (form == null) {
            return;
        }
        long trackingId = Long.parseLong(form.get("tracking_id"));
        byte[] json = complaintJson(trackingId);
        if (json == null) {
            sendJson(exchange, 200, "{\"status\":\"error\",\"message\":\"complaint not found\"}");
            return;
        }
        followupNanosByTrackingId.putIfAbsent(form.get("tracking_id"), System.nanoTime());
        followupsPosted.incrementAndGet();
        ObjectNode complaint = (ObjectNode) read(json);
        String followupId = "F" + nextMessageId.getAndIncrement();
        String now = WIB_TEXT.format(Instant.now());
        complaint.withArray("followups").addObject()
                .put("id", followupId)
                .put("author_type", "instansi")
                .put("content", form.get("content"))
                .put("created_at", now)
                .put("client_ref", form.get("client_ref"));
        complaint.put("status", "DITINDAKLANJUTI");
        complaint.put("updated_at", now);
        putComplaint(complaint);
        sendJson(exchange, 200, "{\"status\":\"ok\",\"followup_id\":\"" + followupId + "\"}");
    }

    private void token(HttpExchange exchange) throws IOException {
        JsonNode request = read(exchange.getRequestBody().readAllBytes());
        if (!CLIENT_ID.equals(request.path("client_id").asText())
                || !CLIENT_SECRET.equals(request.path("client_secret").asText())) {
            sendJson(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        sendJson(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}");
    }

    private void aduan(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            sendJson(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        if (!"/api/v1/aduan".equals(exchange.getRequestURI().getPath())) {
            sendJson(exchange, 404, "{\"error\":\"not_found\"}");
            return;
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            createAduan(exchange);
        } else {
            listAduan(exchange);
        }
    }

    private void listAduan(HttpExchange exchange) throws IOException {
        Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
        String since = query.get("updated_since");
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        if (page == 1) {
            aduanFirstPages.incrementAndGet();
        }
        int limit = Math.min(MAX_LIMIT, Integer.parseInt(query.getOrDefault("per_page", "20")));
        ByteArrayOutputStream reply = new ByteArrayOutputStream(limit * 1024);
        reply.writeBytes("{\"data\":".getBytes(StandardCharsets.UTF_8));
        int total = aduan.writePage(since == null ? Long.MIN_VALUE : Instant.parse(since).getEpochSecond(), page,
                limit, reply);
        reply.writeBytes((",\"meta\":{\"page\":" + page + ",\"per_page\":" + limit + ",\"total\":" + total + "}}")
                .getBytes(StandardCharsets.UTF_8));
        send(exchange, 200, reply.toByteArray());
    }

    private void createAduan(HttpExchange exchange) throws IOException {
        ObjectNode request = (ObjectNode) read(exchange.getRequestBody().readAllBytes());
        String refSp4n = request.path("ref_sp4n").asText(null);
        if (refSp4n == null || !request.hasNonNull("judul") || !request.path("opd").hasNonNull("kode")) {
            sendJson(exchange, 422, "{\"error\":\"validation_failed\"}");
            return;
        }
        long id = nextAduanId.getAndIncrement();
        Long existing = aduanIdByRefSp4n.putIfAbsent(refSp4n, id);
        if (existing != null) {
            byte[] stored = aduan.json(existing);
            send(exchange, 409, stored != null ? stored : ("{\"id\":" + existing + "}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] json = storeAduan(id, request, Instant.now());
        long arrived = System.nanoTime();
        createdNanosByRefSp4n.put(refSp4n, arrived);
        lastCreateNanos.set(arrived);
        aduanCreated.incrementAndGet();
        send(exchange, 201, json);
    }

    /**
     * Creates the aduan of an SP4N complaint as the bridge would have, {@code at} the given time, without counting
     * it as created: the seeded part of the heap run, whose aduan the bridge made before it was measured.
     */
    void mirrorWithoutCounting(ObjectNode sp4nComplaint, String opdCode, Instant at) {
        ObjectNode request = BaselineSync.aduanBody(sp4nComplaint, opdCode);
        long id = nextAduanId.getAndIncrement();
        aduanIdByRefSp4n.put(request.get("ref_sp4n").asText(), id);
        storeAduan(id, request, at);
    }

    private byte[] storeAduan(long id, ObjectNode request, Instant now) {
        request.put("id", id);
        request.put("nomor", String.format(java.util.Locale.ROOT, "LB-2026-%06d", id));
        request.put("status", "baru");
        request.putArray("riwayat").addObject().put("status", "baru").put("waktu", isoUtc(now));
        request.putArray("tanggapan");
        request.putArray("lampiran");
        if (!request.hasNonNull("dibuat_pada")) {
            request.put("dibuat_pada", isoUtc(now));
        }
        request.put("diperbarui_pada", isoUtc(now));
        byte[] json = bytes(request);
        aduan.put(id, now.getEpochSecond(), json);
        return json;
    }

    private byte[] complaintJson(long trackingId) {
        String institution = institutionOfComplaint.get(trackingId);
        return institution == null ? null : sp4nByInstitution.get(institution).json(trackingId);
    }

    /** Returns the form fields, or null after answering 401 when the KEYTOKEN is wrong. */
    private Map<String, String> requireKeytoken(HttpExchange exchange) throws IOException {
        Map<String, String> form = decode(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        if (!KEYTOKEN.equals(form.get("KEYTOKEN"))) {
            sendJson(exchange, 401, "{\"status\":\"error\",\"message\":\"invalid KEYTOKEN\"}");
            return null;
        }
        return form;
    }

    private com.sun.net.httpserver.HttpHandler guarded(Handler handler) {
        return exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                sendJson(exchange, 500, "{\"status\":\"error\",\"message\":\"bench server failed\"}");
                throw e;
            }
        };
    }

    private static void sendJson(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    static long parseWib(String text) {
        return LocalDateTime.parse(text, WIB_TEXT).atZone(WIB).toEpochSecond();
    }

    static String isoUtc(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
