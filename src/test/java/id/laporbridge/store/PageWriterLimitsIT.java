package id.laporbridge.store;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.normalize.ComplaintNormalizer;
import id.laporbridge.normalize.MatchingText;
import id.laporbridge.normalize.RecordRejected;
import id.laporbridge.support.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page writer against a real H2 file. A value longer than its store column is found before the write and its
 * record quarantined. A data error that the checks miss costs only its own record. The rest of the page is stored
 * and moves the cursor. A page read from a settled cursor skips the records at or before it.
 */
class PageWriterLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LISTING = "3404002";

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemUTC();
    private final BridgeConfig config = new ConfigLoader().load(Path.of("config"));
    private Database database;
    /** The decide stage of the page writers, which a test replaces to inject a failure. */
    private PageWriter.Decisions decisions = (connection, complaint, outcome) -> { };

    @BeforeEach
    void openStore() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("store"), 2);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private PageWriter writer(String source) {
        ComplaintNormalizer normalizer = new ComplaintNormalizer(config.profile(source), config.statusMap());
        return new PageWriter(database, normalizer, MatchingText::of,
                new ComplaintWriter(clock, ref -> ref.startsWith("lapor-bridge:"), database.columnWidths()),
                new QuarantineStore(clock, database.columnWidths()), new CursorStore(database, clock),
                (connection, complaint, outcome) -> decisions.afterWrite(connection, complaint, outcome));
    }

    private static ObjectNode sp4n(String trackingId, String updatedAt) {
        ObjectNode record = JSON.createObjectNode()
                .put("tracking_id", trackingId).put("title", "Lampu jalan mati").put("content", "Lampu mati")
                .put("channel", "website").put("is_anonymous", "0").put("is_secret", "0")
                .put("institution_id", LISTING).put("status", "TERDISPOSISI")
                .put("created_at", "2026-12-01 08:00:00").put("updated_at", updatedAt);
        record.putObject("reporter").put("name", "Pelapor Uji").put("email", "uji@contoh.test");
        record.putArray("followups");
        return record;
    }

    private static ObjectNode aduan(String id, String updatedAt) {
        ObjectNode record = JSON.createObjectNode()
                .put("id", id).put("judul", "Sampah menumpuk").put("isi", "Sampah belum diangkut")
                .put("status", "baru").put("sumber", "web").put("anonim", false).put("rahasia", false)
                .put("dibuat_pada", "2026-12-01T01:00:00Z").put("diperbarui_pada", updatedAt);
        record.putObject("opd").put("kode", "10200");
        record.putObject("kategori").put("kode", "7");
        record.putArray("tanggapan").addObject().put("id", id + "01").put("jenis", "sementara")
                .put("isi", "Sedang ditangani").put("oleh", "Operator OPD").put("waktu", "2026-12-01T02:00:00Z");
        return record;
    }

    private List<Quarantined> quarantined() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, upstream_id, field, rule FROM quarantine ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                List<Quarantined> records = new java.util.ArrayList<>();
                while (rows.next()) {
                    records.add(new Quarantined(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
                return records;
            }
        });
    }

    private long stored(String source, String upstreamId) {
        return count("SELECT COUNT(*) FROM complaint WHERE source = ? AND upstream_id = ?", source, upstreamId);
    }

    private long count(String sql, Object... parameters) {
        return database.inTransaction(connection -> {
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

    @Test
    void widthsComeFromSchema() {
        ColumnWidths widths = database.columnWidths();

        assertThat(widths.of("complaint", "channel")).isEqualTo(32);
        assertThat(widths.of("COMPLAINT", "UPSTREAM_ID")).isEqualTo(128);
        assertThat(widths.of("complaint", "reporter_json")).isEqualTo(4000);
        assertThat(widths.of("complaint_message", "author")).isEqualTo(400);
        assertThat(widths.of("quarantine", "rule")).isEqualTo(1000);
        assertThatThrownBy(() -> widths.of("complaint", "anonymous"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complaint.anonymous");
    }

    @Test
    void overlongChannelQuarantinedRestStored() {
        ObjectNode overlong = sp4n("7101", "2026-12-01 09:00:00").put("channel", "c".repeat(40));
        ObjectNode normal = sp4n("7102", "2026-12-01 10:00:00");

        PageCounts counts = writer("sp4n").write("sp4n", LISTING, List.of(overlong, normal));

        assertThat(counts.quarantined()).isEqualTo(1);
        assertThat(counts.created()).isEqualTo(1);
        assertThat(quarantined()).containsExactly(
                new Quarantined("sp4n", "7101", "channel", "longer than 32 characters (got 40)"));
        assertThat(stored("sp4n", "7101")).isZero();
        assertThat(stored("sp4n", "7102")).isEqualTo(1);
        assertThat(new CursorStore(database, clock).read("sp4n", LISTING))
                .contains(new Cursor(Instant.parse("2026-12-01T03:00:00Z"), "7102"));
    }

    @Test
    void valueAtColumnWidthIsStored() {
        PageCounts counts = writer("sp4n").write("sp4n", LISTING,
                List.of(sp4n("7111", "2026-12-01 09:00:00").put("channel", "c".repeat(32))));

        assertThat(counts.created()).isEqualTo(1);
        assertThat(quarantined()).isEmpty();
    }

    @Test
    void lengthCountsUtf16UnitsAsH2Does() {
        // 17 emoji are 17 code points but 34 UTF-16 code units, and H2 measures the latter.
        String emoji = "\uD83D\uDE00".repeat(17);

        writer("sp4n").write("sp4n", LISTING, List.of(sp4n("7121", "2026-12-01 09:00:00").put("channel", emoji)));

        assertThat(quarantined()).extracting(Quarantined::rule).containsExactly("longer than 32 characters (got 34)");
    }

    @Test
    void overlongReporterJsonNamesReporter() {
        ObjectNode record = sp4n("7131", "2026-12-01 09:00:00");
        ((ObjectNode) record.get("reporter")).put("name", "n".repeat(4000));

        writer("sp4n").write("sp4n", LISTING, List.of(record));

        Quarantined rejected = quarantined().get(0);
        assertThat(rejected.field()).isEqualTo("reporter");
        assertThat(rejected.rule()).startsWith("longer than 4000 characters as JSON (got ");
    }

    @Test
    void overlongTanggapanAuthorQuarantinedRestStored() {
        ObjectNode overlong = aduan("71", "2026-12-01T03:00:00Z");
        ((ObjectNode) overlong.get("tanggapan").get(0)).put("oleh", "o".repeat(401));
        ObjectNode normal = aduan("72", "2026-12-01T04:00:00Z");

        PageCounts counts = writer("lapor-bantul").write("lapor-bantul", "aduan", List.of(overlong, normal));

        assertThat(counts.quarantined()).isEqualTo(1);
        assertThat(quarantined()).containsExactly(new Quarantined("lapor-bantul", "71", "tanggapan[].oleh",
                "longer than 400 characters (got 401)"));
        assertThat(stored("lapor-bantul", "72")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM complaint_message")).as("only the stored aduan's tanggapan")
                .isEqualTo(1);
    }

    @Test
    void decideStageDataErrorQuarantinesRecord() {
        decisions = (connection, complaint, outcome) -> {
            String key = complaint.upstreamId().equals("7141") ? "k".repeat(301) : "key-" + complaint.upstreamId();
            new OutboxStore(database, clock).enqueue(connection, "lapor-bantul", "create-aduan", key,
                    complaint.upstreamId(), "{}");
        };
        List<JsonNode> page = List.of(sp4n("7140", "2026-12-01 08:30:00"), sp4n("7141", "2026-12-01 09:00:00"),
                sp4n("7142", "2026-12-01 10:00:00"));

        PageCounts counts = writer("sp4n").write("sp4n", LISTING, page);

        assertThat(counts.created()).isEqualTo(2);
        assertThat(counts.quarantined()).isEqualTo(1);
        assertThat(quarantined()).containsExactly(new Quarantined("sp4n", "7141", PageWriter.STORE_FIELD,
                "failed to store (SQLState 22001) in column idempotency_key"));
        assertThat(stored("sp4n", "7141")).as("the record's complaint row is rolled back too").isZero();
        assertThat(stored("sp4n", "7140")).isEqualTo(1);
        assertThat(stored("sp4n", "7142")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM status_event")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM outbox_item")).isEqualTo(2);
        assertThat(new CursorStore(database, clock).read("sp4n", LISTING))
                .contains(new Cursor(Instant.parse("2026-12-01T03:00:00Z"), "7142"));
    }

    @Test
    void overlongIdIsQuarantinedCut() {
        String id = "9".repeat(200);

        PageCounts counts = writer("sp4n").write("sp4n", LISTING,
                List.of(sp4n(id, "2026-12-01 09:00:00"), sp4n("7151", "2026-12-01 10:00:00")));

        assertThat(counts.quarantined()).isEqualTo(1);
        Quarantined rejected = quarantined().get(0);
        assertThat(rejected.upstreamId()).hasSize(128).startsWith("999").endsWith("\u2026");
        assertThat(rejected.field()).isEqualTo("tracking_id");
        assertThat(stored("sp4n", "7151")).isEqualTo(1);
    }

    @Test
    void recordTooLongForQuarantineIsDropped() {
        ObjectNode huge = sp4n("7161", "2026-12-01 09:00:00").put("extra", "x".repeat(2_000_000));

        try (LogCapture logs = new LogCapture(PageWriter.class)) {
            PageCounts counts = writer("sp4n").write("sp4n", LISTING,
                    List.of(huge, sp4n("7162", "2026-12-01 10:00:00")));

            assertThat(counts.created()).isEqualTo(1);
            assertThat(counts.quarantined()).isZero();
            List<String> dropped = logs.messages(Level.ERROR, "Record dropped");
            assertThat(dropped).hasSize(1);
            assertThat(dropped.get(0)).contains("id=7161").contains("field=(record)")
                    .contains("in column raw_json").doesNotContain("xxxxxxxxxx");
        }
        assertThat(quarantined()).isEmpty();
        assertThat(stored("sp4n", "7161")).isZero();
        assertThat(stored("sp4n", "7162")).isEqualTo(1);
    }

    @Test
    void replayRejectsOverlongValue() {
        ObjectNode overlong = sp4n("7171", "2026-12-01 09:00:00").put("classification", "k".repeat(65));
        PageWriter writer = writer("sp4n");

        assertThatThrownBy(() -> database.inTransaction((Connection connection) -> writer.replay(connection,
                overlong)))
                .isInstanceOf(RecordRejected.class)
                .hasMessageContaining("field=classification")
                .hasMessageContaining("longer than 64 characters (got 65)");
        assertThat(stored("sp4n", "7171")).isZero();
    }

    @Test
    void settledCursorSkipsReadRecords() {
        PageWriter writer = writer("sp4n");
        writer.write("sp4n", LISTING, List.of(sp4n("7201", "2026-12-01 09:00:00"),
                sp4n("7202", "2026-12-01 09:00:00")));
        Cursor settled = new CursorStore(database, clock).read("sp4n", LISTING).orElseThrow();
        List<JsonNode> page = List.of(
                sp4n("7201", "2026-12-01 09:00:00").put("title", "Judul yang tidak dibaca lagi"),
                sp4n("7202", "2026-12-01 09:00:00"),
                sp4n("7200", "2026-12-01 08:59:59").put("status", "STATUS_TAK_DIKENAL"),
                sp4n("7203", "2026-12-01 09:00:00"));

        PageCounts counts = writer.write("sp4n", LISTING, page, false, settled);

        assertThat(counts.fetched()).isEqualTo(4);
        assertThat(counts.unchanged()).as("records at or before the cursor").isEqualTo(3);
        assertThat(counts.created()).isEqualTo(1);
        assertThat(counts.updated()).isZero();
        assertThat(counts.quarantined()).isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE upstream_id = '7201' AND title = 'Lampu jalan mati'"))
                .as("record before the cursor kept as stored").isEqualTo(1);
        assertThat(quarantined()).isEmpty();
        assertThat(new CursorStore(database, clock).read("sp4n", LISTING)).get()
                .extracting(Cursor::upstreamId).isEqualTo("7203");

        PageCounts unsettled = writer.write("sp4n", LISTING, page, false, null);

        assertThat(unsettled.updated()).as("the same page without a settled cursor").isEqualTo(1);
        assertThat(unsettled.quarantined()).isEqualTo(1);
    }

    /**
     * A record without updated_at is placed at its created_at, which stays the same when the record changes. So a
     * settled poll that receives such a record changed must still store the change.
     */
    @Test
    void settledCursorReadsRecordsWithoutUpdateTime() {
        PageWriter writer = writer("sp4n");
        ObjectNode newest = sp4n("7211", "2026-12-01 09:00:00").put("created_at", "2026-12-01 09:00:00");
        newest.remove("updated_at");
        ObjectNode older = sp4n("7210", "2026-12-01 08:00:00");
        older.remove("updated_at");
        writer.write("sp4n", LISTING, List.of(older, newest));
        Cursor settled = new CursorStore(database, clock).read("sp4n", LISTING).orElseThrow();
        assertThat(settled).isEqualTo(new Cursor(Instant.parse("2026-12-01T02:00:00Z"), "7211"));
        for (ObjectNode record : List.of(newest, older)) {
            record.put("status", "DITANGGAPI_PELAPOR");
            record.withArray("followups").addObject().put("id", record.get("tracking_id").asText() + "1")
                    .put("author_type", "pelapor").put("content", "Belum ada perbaikan")
                    .put("created_at", "2026-12-01 10:30:00");
        }

        PageCounts counts = writer.write("sp4n", LISTING, List.of(older, newest), false, settled);

        assertThat(counts.updated()).as("changed records without an update time").isEqualTo(2);
        assertThat(counts.unchanged()).isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE upstream_id = '7211' AND status = 'DITANGGAPI_PELAPOR'"))
                .as("status of the record at the cursor").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE upstream_id = '7210' AND status = 'DITANGGAPI_PELAPOR'"))
                .as("status of the record before the cursor").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM complaint_message WHERE upstream_id IN ('72111', '72101')"))
                .as("reporter replies").isEqualTo(2);
    }

    private record Quarantined(String source, String upstreamId, String field, String rule) {
    }
}
