package id.laporbridge.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.faults.BridgeProcess;
import id.laporbridge.mock.MockFault;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.store.Database;
import id.laporbridge.support.ProjectFiles;
import id.laporbridge.support.Sp4nComplaints;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the packaged bridge, logging as shipped to its log folder and the console, through a whole sync in which the
 * upstreams carry planted values: reporter names, phone numbers, e-mail addresses and 16-digit NIKs, distinctive
 * complaint text, the SP4N-LAPOR! KEYTOKEN, the Lapor Bantul client id and secret, and the access tokens the mock
 * issues. They sit in named, anonymous and rahasia complaints, reporter replies, OPD answers and records that end
 * in the quarantine, while the mock injects a 500, expired tokens, malformed JSON, an error body and bytes that are
 * not UTF-8, so the error paths log too. Afterwards every file under the log folder and the whole console output
 * must contain none of the planted values. The test also checks that an anonymous reporter's identity reaches no
 * Lapor Bantul call, and that the rahasia flag is kept on both sides.
 */
class LogsNeverCarryIdentityOrSecretsIT {

    private static final String KEYTOKEN = "kt-Q7m2ZpX4vLr8sWn3Yb6e";
    private static final String CLIENT_ID = "lb-client-R5t8Kp2Wq9Hd";
    private static final String CLIENT_SECRET = "lb-secret-H3u7Jx1Nf5VcTg";
    private static final String GET_COMPLAINTS = "/api/services/f01/getcomplaints";
    private static final String GET_COMPLAINT = "/api/services/f01/getcomplaint";
    private static final String ADD_FOLLOWUP = "/api/services/f02/addfollowup";
    private static final String ADUAN = "/api/v1/aduan";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Tracking ids of the SP4N-LAPOR! complaints, named after what each carries. */
    private static final String NAMED = "7901";
    /** Anonymous, but SP4N-LAPOR! still sends the reporter object. */
    private static final String ANONYMOUS_LEAKY = "7902";
    private static final String ANONYMOUS = "7903";
    private static final String NAMED_SECRET = "7904";
    private static final String UNKNOWN_STATUS = "7905";
    private static final String BAD_DATE = "7906";
    private static final String DAMAGED_BYTES = "7907";
    /** Part of the damaged record's reporter name that the mock replaces with bytes that are not UTF-8. */
    private static final String DAMAGED_MARKER = "Lestari";
    private static final Path FAILURE_COPY = Path.of("target", "logs-test-failure");

    @TempDir
    Path folder;

    private final Map<String, String> planted = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void logsCarryNoPlantedValue() throws Exception {
        plantSecrets();
        try (MockUpstreams mock = MockUpstreams.start(MockOptions.defaults()
                .sp4nKeytokens(Set.of(KEYTOKEN))
                .laporBantulClients(Map.of(CLIENT_ID, CLIENT_SECRET)))) {
            seedSp4n(mock);
            Map<String, Long> laporBantulFiled = seedLaporBantul(mock);
            mock.laporBantul().expireTokenAfterCalls(2);
            mock.inject(GET_COMPLAINTS, MockFault.malformedJson(), 1);
            mock.inject(ADUAN, MockFault.status(500), 1);
            mock.injectUntilCleared(GET_COMPLAINTS, MockFault.invalidUtf8(DAMAGED_MARKER));

            int healthPort = freePort();
            BridgeProcess bridge = bridgeProcess(mock, healthPort);
            bridge.start();
            try {
                await().atMost(WAIT).until(() -> Stream.of(NAMED, ANONYMOUS_LEAKY, ANONYMOUS, NAMED_SECRET)
                        .allMatch(trackingId -> mock.laporBantul().aduanByRefSp4n(trackingId).isPresent()));
                // The unknown SP4N status, the bad date, the damaged bytes and the unknown Lapor Bantul status.
                await().atMost(WAIT).until(() -> metric(healthPort, "lapor_bridge_quarantine_records") >= 4);
                mock.clearFaults(GET_COMPLAINTS);
                await().atMost(WAIT).until(() -> mock.laporBantul().aduanByRefSp4n(DAMAGED_BYTES).isPresent());

                Map<String, String> answers = converse(mock);
                await().atMost(WAIT).until(() -> conversationCrossed(mock, answers));
                await().atMost(WAIT).until(() -> metric(healthPort, "lapor_bridge_outbox_items",
                        "state=\"pending\"") == 0 && metric(healthPort, "lapor_bridge_outbox_items",
                        "state=\"sending\"") == 0);
            } catch (ConditionTimeoutException e) {
                // @TempDir deletes the folder: keep the store, the logs and the console for diagnosis.
                bridge.stop();
                ProjectFiles.copyTree(folder, FAILURE_COPY);
                throw new AssertionError("sync unfinished, files kept in " + FAILURE_COPY + "; console:\n"
                        + bridge.consoleTail(), e);
            } finally {
                bridge.stop();
            }
            assertThat(bridge.isAlive()).as("bridge still running after SIGTERM").isFalse();
            List<String> tokens = mock.laporBantul().issuedTokens();
            for (int i = 0; i < tokens.size(); i++) {
                planted.put("Lapor Bantul access token " + (i + 1), tokens.get(i));
            }

            LogText logs = LogText.read(bridge.logFolder(), bridge.consoleFile(), folder);
            System.out.printf("Log search: files=%d bytes=%d (%s) plantedValues=%d tokensIssued=%d%n",
                    logs.files().size(), logs.bytes(), logs.sizes(), planted.size(), tokens.size());

            assertErrorPathsLogged(logs, mock);
            assertNoPlantedValueLogged(logs);
            assertAnonymousIdentityNeverSent(mock);
            assertSecretFlagKept(mock, bridge, laporBantulFiled);
        }
    }

    private void plantSecrets() {
        planted.put("SP4N-LAPOR! KEYTOKEN", KEYTOKEN);
        planted.put("Lapor Bantul client id", CLIENT_ID);
        planted.put("Lapor Bantul client secret", CLIENT_SECRET);
    }

    /** Records a planted value under a label that failure messages show in its place. */
    private String plant(String label, String value) {
        planted.put(label, value);
        return value;
    }

    private void seedSp4n(MockUpstreams mock) {
        ObjectNode named = complaint(NAMED, "3404002", "named reporter");
        named.put("content", plant("complaint text of " + NAMED, "Gorong-gorong di depan Balai Padukuhan "
                + "Karangtengah tersumbat lumpur setinggi lutut"));
        reporter(named, "named reporter", "Sutarmi Wiryosukarto", "Wiryosukarto", "081327654901",
                "sutarmi.wiryo@contoh.test", "3402154107880003");
        mock.sp4n().putComplaint(named);

        ObjectNode leaky = complaint(ANONYMOUS_LEAKY, "3404002", "anonymous reporter");
        leaky.put("is_anonymous", "1");
        leaky.put("is_secret", "1");
        reporter(leaky, "anonymous reporter", "Hartono Widagdo Kusumo", "Widagdo", "085729031477",
                "hartono.widagdo@contoh.test", "3402011203750006");
        mock.sp4n().putComplaint(leaky);

        ObjectNode anonymous = Sp4nComplaints.anonymous(complaint(ANONYMOUS, "3404003", "anonymous"));
        anonymous.put("is_secret", "1");
        mock.sp4n().putComplaint(anonymous);

        ObjectNode secret = complaint(NAMED_SECRET, "3404001", "rahasia reporter");
        secret.put("is_secret", "1");
        reporter(secret, "rahasia reporter", "Dewi Kartika Sari", "Kartika", "081298761230",
                "dewi.kartika@contoh.test", "3402155011920004");
        mock.sp4n().putComplaint(secret);

        ObjectNode unknownStatus = complaint(UNKNOWN_STATUS, "3404004", "quarantined reporter");
        unknownStatus.put("status", "DIPERIKSA_INSPEKTORAT");
        reporter(unknownStatus, "quarantined reporter", "Joko Susilo Hadiningrat", "Hadiningrat", "082233445566",
                "joko.hadiningrat@contoh.test", "3402170101800007");
        mock.sp4n().putComplaint(unknownStatus);

        ObjectNode badDate = complaint(BAD_DATE, "3404005", "bad-date reporter");
        badDate.put("created_at", "kemarin sore");
        reporter(badDate, "bad-date reporter", "Endang Purwaningsih", "Purwaningsih", "081567890123",
                "endang.purwaningsih@contoh.test", "3402184209850005");
        mock.sp4n().putComplaint(badDate);

        ObjectNode damaged = complaint(DAMAGED_BYTES, "3404006", "damaged reporter");
        reporter(damaged, "damaged reporter", "Tri Wahyuningsih " + DAMAGED_MARKER, "Wahyuningsih",
                "087801234566", "tri.wahyuningsih@contoh.test", "3402196612900008");
        mock.sp4n().putComplaint(damaged);
    }

    private ObjectNode complaint(String trackingId, String institution, String label) {
        return Sp4nComplaints.complaint(trackingId, institution,
                plant("title of " + label, "Keluhan warga nomor " + trackingId + " soal saluran"),
                "Isi aduan " + trackingId, NOON);
    }

    private void reporter(ObjectNode complaint, String label, String name, String surname, String phone,
                          String email, String nik) {
        complaint.putObject("reporter")
                .put("name", plant("name of " + label, name))
                .put("phone", plant("phone of " + label, phone))
                .put("email", plant("e-mail of " + label, email))
                .put("nik", plant("NIK of " + label, nik));
        plant("surname of " + label, surname);
    }

    /**
     * Files three aduan in the app: a named rahasia one, an anonymous one that still names its reporter, and one
     * that ends at a status the status map does not know. Returns their ids by label.
     */
    private Map<String, Long> seedLaporBantul(MockUpstreams mock) {
        Map<String, Long> ids = new LinkedHashMap<>();
        ObjectNode named = aduan("app reporter");
        named.put("rahasia", true);
        pelapor(named, "app reporter", "Rahmat Hidayatullah Prawiro", "081904455218", "rahmat.prawiro@contoh.test",
                "3402062509910002");
        ids.put("named", mock.laporBantul().createAduan(named).get("id").asLong());

        ObjectNode anonymous = aduan("anonymous app reporter");
        anonymous.put("anonim", true);
        pelapor(anonymous, "anonymous app reporter", "Siti Nurjanah Rahayu", "089612347788",
                "siti.nurjanah@contoh.test", "3402134405930001");
        ids.put("anonymous", mock.laporBantul().createAduan(anonymous).get("id").asLong());

        ObjectNode unknownStatus = aduan("quarantined app reporter");
        pelapor(unknownStatus, "quarantined app reporter", "Bambang Sutrisno Aji", "081355557771",
                "bambang.aji@contoh.test", "3402170808800009");
        long unknownId = mock.laporBantul().createAduan(unknownStatus).get("id").asLong();
        mock.laporBantul().setStatus(unknownId, "dibekukan", "Operator OPD", "menunggu");
        ids.put("unknown-status", unknownId);
        return ids;
    }

    private ObjectNode aduan(String label) {
        ObjectNode aduan = json.createObjectNode()
                .put("judul", plant("judul of " + label, "Lampu penerangan " + label + " padam sepekan"))
                .put("isi", plant("isi of " + label, "Sepanjang jalan ke pasar " + label + " gelap gulita"))
                .put("sumber", "android");
        aduan.putObject("opd").put("kode", "12500");
        return aduan;
    }

    private void pelapor(ObjectNode aduan, String label, String name, String phone, String email, String nik) {
        aduan.putObject("pelapor")
                .put("nama", plant("name of " + label, name))
                .put("telepon", plant("phone of " + label, phone))
                .put("email", plant("e-mail of " + label, email))
                .put("nik", plant("NIK of " + label, nik));
    }

    /**
     * Carries on the conversation with faults on the way: reporter replies on SP4N-LAPOR!, OPD answers in Lapor
     * Bantul (the first post fails with 500, the second is stored but answered with an error body) and a "not our
     * authority" rejection, while every Lapor Bantul token expires. Returns the answers by tracking id.
     */
    private Map<String, String> converse(MockUpstreams mock) {
        mock.sp4n().addReporterReply(NAMED, plant("reply of named reporter", "Saya Sutarmi Wiryosukarto, NIK "
                + "3402154107880003, HP 081327654901: lumpurnya sudah masuk rumah"));
        mock.sp4n().addReporterReply(ANONYMOUS_LEAKY, plant("reply of anonymous reporter",
                "Tolong segera dikeruk, baunya menyengat sampai ke masjid"));

        mock.inject(ADD_FOLLOWUP, MockFault.status(500), 1);
        mock.inject(ADD_FOLLOWUP, MockFault.errorBody().afterApplying(), 1);
        mock.inject(GET_COMPLAINT, MockFault.malformedJson(), 1);
        mock.laporBantul().expireTokens();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(NAMED, plant("answer to named reporter", "Yth. Ibu Sutarmi Wiryosukarto, tim UPT sudah "
                + "mengeruk gorong-gorong pada Kamis pagi"));
        answers.put(ANONYMOUS_LEAKY, plant("answer to anonymous reporter", "Laporan diteruskan ke UPT Drainase "
                + "wilayah timur untuk pengerukan"));
        answers.put(NAMED_SECRET, plant("answer to rahasia reporter", "Yth. Ibu Dewi Kartika Sari, keluhan Ibu "
                + "sudah kami tindak lanjuti bersama kalurahan"));
        answers.forEach((trackingId, text) -> mock.laporBantul().addTanggapan(aduanId(mock, trackingId),
                NAMED_SECRET.equals(trackingId) ? "akhir" : "sementara", text, "Operator OPD"));
        mock.laporBantul().setStatus(aduanId(mock, ANONYMOUS), "ditolak", "Operator OPD",
                "Bukan wewenang Pemkab Bantul, jalan provinsi");
        return answers;
    }

    private static boolean conversationCrossed(MockUpstreams mock, Map<String, String> answers) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (followupsWithContent(mock, answer.getKey(), answer.getValue()) == 0) {
                return false;
            }
        }
        return pelaporTanggapan(mock, NAMED).size() == 1 && pelaporTanggapan(mock, ANONYMOUS_LEAKY).size() == 1
                && mock.sp4n().rejectDispositionCalls().size() == 1;
    }

    private void assertErrorPathsLogged(LogText logs, MockUpstreams mock) {
        assertThat(statuses(mock.laporBantul().calls())).as("Lapor Bantul replies").contains(401, 500);
        assertThat(statuses(mock.sp4n().calls())).as("SP4N-LAPOR! replies").contains(500);
        String all = logs.joined();
        assertThat(all).as("log of a dropped token").contains("Token dropped upstream=lapor-bantul");
        assertThat(all).as("log of a failed delivery").contains("Delivery failed, will retry");
        assertThat(all).as("log of a failed poll").contains("Poll failed");
        assertThat(all).as("log of a quarantined record").contains("Record quarantined");
        assertThat(all).as("log of an unknown status").contains("Status unknown");
        // The search finds what the bridge does log: the ids of the complaints it handled.
        assertThat(logs.find(searchForms("trackingId=" + NAMED))).as("log lines with a tracking id").isNotEmpty();
    }

    private void assertNoPlantedValueLogged(LogText logs) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        planted.forEach((label, value) -> {
            List<String> where = logs.find(searchForms(value));
            if (!where.isEmpty()) {
                found.put(label, where);
            }
        });
        assertThat(found).as("planted values found in the logs, by label, with file and line").isEmpty();
    }

    /** Returns the value as written raw, in a form body and in JSON, lower-cased for a search that ignores case. */
    private static List<String> searchForms(String value) {
        List<String> forms = new ArrayList<>();
        forms.add(value);
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        forms.add(value.replace("/", "\\/"));
        return forms.stream().map(form -> form.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private void assertAnonymousIdentityNeverSent(MockUpstreams mock) throws IOException {
        List<String> identity = planted.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(" of anonymous reporter") && !entry.getKey()
                        .startsWith("reply") && !entry.getKey().startsWith("title"))
                .map(Map.Entry::getValue).toList();
        assertThat(identity).as("planted identity of the anonymous reporter").hasSize(5);
        for (RecordedCall call : mock.laporBantul().calls()) {
            String sent = (call.body() == null ? "" : call.body()) + " " + call.params();
            for (String value : identity) {
                for (String form : searchForms(value)) {
                    assertThat(sent.toLowerCase(Locale.ROOT)).as("%s %s carries the anonymous reporter's identity",
                            call.method(), call.path()).doesNotContain(form);
                }
            }
        }
        for (String trackingId : List.of(ANONYMOUS_LEAKY, ANONYMOUS)) {
            JsonNode body = aduanPost(mock, trackingId);
            assertThat(body.has("pelapor")).as("pelapor in the aduan of %s", trackingId).isFalse();
            assertThat(body.path("anonim").asBoolean()).as("anonim of %s", trackingId).isTrue();
        }
        assertThat(aduanPost(mock, NAMED).at("/pelapor/nama").asText()).as("a named reporter crosses")
                .isEqualTo(planted.get("name of named reporter"));
        for (JsonNode reply : List.of(pelaporTanggapan(mock, NAMED).get(0),
                pelaporTanggapan(mock, ANONYMOUS_LEAKY).get(0))) {
            assertThat(reply.get("oleh").asText()).as("author of a carried reporter reply").isEqualTo("Pelapor");
        }
    }

    private void assertSecretFlagKept(MockUpstreams mock, BridgeProcess bridge, Map<String, Long> filed)
            throws IOException {
        for (String trackingId : List.of(ANONYMOUS_LEAKY, ANONYMOUS, NAMED_SECRET)) {
            assertThat(aduanPost(mock, trackingId).path("rahasia").asBoolean()).as("rahasia sent for %s", trackingId)
                    .isTrue();
        }
        assertThat(aduanPost(mock, NAMED).path("rahasia").asBoolean()).as("rahasia sent for %s", NAMED).isFalse();
        try (Database store = Database.open(bridge.jdbcUrl(), 2)) {
            for (String trackingId : List.of(ANONYMOUS_LEAKY, ANONYMOUS, NAMED_SECRET)) {
                assertThat(secretStored(store, "sp4n", trackingId)).as("secret stored for %s", trackingId).isTrue();
                assertThat(secretStored(store, "lapor-bantul", Long.toString(aduanId(mock, trackingId))))
                        .as("secret stored for the aduan of %s, read back from Lapor Bantul", trackingId).isTrue();
            }
            assertThat(secretStored(store, "sp4n", NAMED)).as("secret stored for %s", NAMED).isFalse();
            assertThat(secretStored(store, "lapor-bantul", Long.toString(filed.get("named"))))
                    .as("secret stored for the rahasia aduan filed in the app").isTrue();
        }
    }

    private static boolean secretStored(Database store, String source, String upstreamId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT secret FROM complaint WHERE source = ? AND upstream_id = ?")) {
                select.setString(1, source);
                select.setString(2, upstreamId);
                try (ResultSet rows = select.executeQuery()) {
                    assertThat(rows.next()).as("stored %s record %s", source, upstreamId).isTrue();
                    return rows.getBoolean(1);
                }
            }
        });
    }

    private BridgeProcess bridgeProcess(MockUpstreams mock, int healthPort) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bridge.sp4n.poll-interval-ms", "300");
        settings.put("bridge.lapor-bantul.poll-interval-ms", "300");
        settings.put("bridge.outbox.interval-ms", "200");
        settings.put("bridge.outbox.backoff-seconds", "1");
        settings.put("bridge.health.port", Integer.toString(healthPort));
        settings.put("bridge.dedup.check-interval-ms", "500");
        // The SLA check, holiday check and digest run every few seconds so that sla.log is written as well.
        settings.put("bridge.sla.check-cron", "0/2 * * * * ?");
        settings.put("bridge.sla.holiday-check-cron", "0/5 * * * * ?");
        settings.put("bridge.sla.digest-cron", "0/3 * * * * ?");
        settings.put("bridge.sla.digest-dir", folder.resolve("digests").toString());
        settings.put("bridge.report.dir", folder.resolve("reports").toString());
        return new BridgeProcess(folder, mock, settings)
                .environment("BRIDGE_SP4N_KEYTOKEN", KEYTOKEN)
                .environment("BRIDGE_LAPOR_BANTUL_CLIENT_ID", CLIENT_ID)
                .environment("BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", CLIENT_SECRET);
    }

    private JsonNode aduanPost(MockUpstreams mock, String trackingId) throws IOException {
        for (RecordedCall call : mock.laporBantul().calls()) {
            if (call.method().equals("POST") && call.path().equals(ADUAN) && call.status() < 300) {
                JsonNode body = json.readTree(call.body());
                if (trackingId.equals(body.path("ref_sp4n").asText())) {
                    return body;
                }
            }
        }
        throw new AssertionError("no successful POST " + ADUAN + " for tracking id " + trackingId);
    }

    private static long aduanId(MockUpstreams mock, String trackingId) {
        return mock.laporBantul().aduanByRefSp4n(trackingId).orElseThrow().get("id").asLong();
    }

    private static List<JsonNode> pelaporTanggapan(MockUpstreams mock, String trackingId) {
        List<JsonNode> replies = new ArrayList<>();
        mock.laporBantul().aduanByRefSp4n(trackingId).ifPresent(aduan -> aduan.path("tanggapan").forEach(
                tanggapan -> {
                    if ("pelapor".equals(tanggapan.path("jenis").asText())) {
                        replies.add(tanggapan);
                    }
                }));
        return replies;
    }

    private static long followupsWithContent(MockUpstreams mock, String trackingId, String content) {
        long count = 0;
        for (JsonNode followup : mock.sp4n().followups(trackingId)) {
            if (content.equals(followup.path("content").asText())) {
                count++;
            }
        }
        return count;
    }

    private static List<Integer> statuses(List<RecordedCall> calls) {
        return calls.stream().map(RecordedCall::status).distinct().toList();
    }

    /** Returns the value of a metric on the bridge's /metrics page, summed over the lines that contain a filter. */
    private double metric(int port, String name, String... filters) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        String page;
        try {
            page = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.net.ConnectException e) {
            return -1;
        }
        return page.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .filter(line -> Stream.of(filters).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The text of every file under the log folder (gzip-compressed ones unpacked), of the console output, and of the
     * trace files that H2 writes beside the store when it meets an error.
     */
    private record LogText(Map<Path, String> files, long bytes) {

        static LogText read(Path logFolder, Path console, Path storeFolder) throws IOException {
            Map<Path, String> files = new LinkedHashMap<>();
            long bytes = 0;
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(logFolder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(paths::add);
            }
            paths.add(console);
            try (Stream<Path> list = Files.list(storeFolder)) {
                list.filter(path -> path.getFileName().toString().endsWith(".trace.db")).sorted().forEach(paths::add);
            }
            for (Path path : paths) {
                byte[] content = readPlain(path);
                bytes += content.length;
                files.put(path, new String(content, StandardCharsets.UTF_8));
            }
            assertThat(files.keySet()).as("log files").anyMatch(path -> path.endsWith("lapor-bridge.log"));
            assertThat(files.keySet()).as("log files").anyMatch(path -> path.endsWith("sla.log"));
            return new LogText(files, bytes);
        }

        private static byte[] readPlain(Path path) throws IOException {
            if (!path.getFileName().toString().endsWith(".gz")) {
                return Files.readAllBytes(path);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                return in.readAllBytes();
            }
        }

        /** Returns each file's name and size in bytes, for the test's figures. */
        String sizes() {
            StringBuilder sizes = new StringBuilder();
            files.forEach((path, text) -> sizes.append(sizes.isEmpty() ? "" : " ").append(path.getFileName())
                    .append('=').append(text.getBytes(StandardCharsets.UTF_8).length));
            return sizes.toString();
        }

        String joined() {
            return String.join("\n", files.values());
        }

        /** Returns "file:line" for every line that contains one of the lower-case forms, ignoring case. */
        List<String> find(List<String> forms) {
            List<String> where = new ArrayList<>();
            files.forEach((path, text) -> {
                List<String> lines = text.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).toLowerCase(Locale.ROOT);
                    if (forms.stream().anyMatch(line::contains)) {
                        where.add(path.getFileName() + ":" + (i + 1));
                    }
                }
            });
            return where;
        }
    }
}
