package id.laporbridge.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.normalize.ComplaintNormalizer;
import id.laporbridge.normalize.MatchingText;
import id.laporbridge.store.ComplaintWriter;
import id.laporbridge.store.CursorStore;
import id.laporbridge.store.Database;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.QuarantineStore;
import id.laporbridge.store.SyncActivity;
import id.laporbridge.support.ShiftableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SP4N-LAPOR! listing polls through begin, storePage and finish against a real H2 file, with the replies built in
 * the test. After the cursor settles, a poll skips the records up to it, but still stores a change to a record that
 * has no update time of its own.
 */
class SettledListingPollIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration OVERLAP = Duration.ofSeconds(120);
    private static final String LISTING = "3404003";
    /** 2026-12-01 09:00:00 in Asia/Jakarta, the zone of the SP4N-LAPOR! profile. */
    private static final Instant CREATED = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path folder;

    private final CamelContext camel = new DefaultCamelContext();
    private final ShiftableClock clock = new ShiftableClock();
    private Database database;
    private ListingPoll poll;

    @BeforeEach
    void openStore() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("store"), 2);
        BridgeConfig config = new ConfigLoader().load(Path.of("config"));
        CursorStore cursors = new CursorStore(database, clock);
        PageWriter pages = new PageWriter(database,
                new ComplaintNormalizer(config.profile(BridgeConfig.SP4N), config.statusMap()), MatchingText::of,
                new ComplaintWriter(clock, ref -> ref.startsWith("lapor-bridge:"), database.columnWidths()),
                new QuarantineStore(clock, database.columnWidths()), cursors, (connection, complaint, outcome) -> { });
        SourceHealth health = new SourceHealth(clock, Duration::between, Duration.ofHours(8), 3);
        poll = new ListingPoll(config.profile(BridgeConfig.SP4N), new ListingPoll.ListingLimits(100, OVERLAP, 10),
                cursors, pages, "token", health, new PollPauses(clock), new SyncActivity(), clock);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void settledPollStoresChangeWithoutUpdateTime() {
        ObjectNode complaint = complaint("7401");
        runPoll(complaint);
        runPoll(complaint);
        clock.advance(OVERLAP);
        runPoll(complaint);

        complaint.put("status", "DITANGGAPI_PELAPOR");
        complaint.withArray("followups").addObject().put("id", "74011").put("author_type", "pelapor")
                .put("content", "Lampu masih mati").put("created_at", "2026-12-01 10:30:00");
        PollState settled = runPoll(complaint);

        assertThat(settled.getSince()).as("settled poll starts at the cursor").isEqualTo(CREATED);
        assertThat(settled.counts().updated()).as("changed record").isEqualTo(1);
        assertThat(storedStatus("7401")).isEqualTo("DITANGGAPI_PELAPOR");
        assertThat(storedMessages("7401")).as("reporter reply").isEqualTo(1);
    }

    @Test
    void settledPollReadsLaterUpdates() {
        ObjectNode ninetyNine = complaint("99").put("updated_at", "2026-12-01 09:00:00");
        ObjectNode hundred = complaint("100").put("updated_at", "2026-12-01 09:00:00");
        ObjectNode leadingZero = complaint("0123").put("updated_at", "2026-12-01 09:00:00");
        runPoll(ninetyNine, hundred, leadingZero);
        runPoll(ninetyNine, hundred, leadingZero);
        clock.advance(OVERLAP);
        runPoll(ninetyNine, hundred, leadingZero);

        PollState idle = runPoll(ninetyNine, hundred, leadingZero);
        ninetyNine.put("status", "SELESAI").put("updated_at", "2026-12-01 09:05:00");
        PollState settled = runPoll(hundred, leadingZero, ninetyNine);

        assertThat(idle.getSince()).as("settled poll starts at the cursor").isEqualTo(CREATED);
        assertThat(idle.counts().unchanged()).as("records up to the cursor").isEqualTo(3);
        assertThat(settled.counts().updated()).as("record updated after the settling poll").isEqualTo(1);
        assertThat(storedStatus("99")).isEqualTo("SELESAI");
    }

    /** Builds a complaint as SP4N-LAPOR! lists it, created at {@link #CREATED} and without updated_at. */
    private static ObjectNode complaint(String trackingId) {
        ObjectNode record = JSON.createObjectNode()
                .put("tracking_id", trackingId).put("title", "Lampu jalan mati").put("content", "Lampu mati")
                .put("channel", "website").put("is_anonymous", "0").put("is_secret", "0")
                .put("institution_id", LISTING).put("status", "TERDISPOSISI")
                .put("created_at", "2026-12-01 09:00:00");
        record.putArray("followups");
        return record;
    }

    /** Runs one poll whose only page contains {@code records}, and returns its state. */
    private PollState runPoll(ObjectNode... records) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(LISTING);
        poll.begin(exchange);
        ObjectNode reply = JSON.createObjectNode().put("status", "success").put("total", records.length);
        ArrayNode data = reply.putArray("data");
        List.of(records).forEach(data::add);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setBody(reply.toString().getBytes(StandardCharsets.UTF_8));
        poll.storePage(exchange);
        poll.finish(exchange);
        return exchange.getProperty(ListingPoll.STATE, PollState.class);
    }

    private String storedStatus(String trackingId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status FROM complaint WHERE source = 'sp4n' AND upstream_id = ?")) {
                select.setString(1, trackingId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    private long storedMessages(String trackingId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM complaint_message m JOIN complaint c ON c.id = m.complaint_id "
                            + "WHERE c.source = 'sp4n' AND c.upstream_id = ?")) {
                select.setString(1, trackingId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
