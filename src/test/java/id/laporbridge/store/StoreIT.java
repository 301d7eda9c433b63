package id.laporbridge.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.model.CanonicalComplaint;
import id.laporbridge.normalize.ComplaintNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Database database;
    private final Clock clock = Clock.systemUTC();
    private final BridgeConfig config = new ConfigLoader().load(Path.of("config"));
    private final ComplaintNormalizer normalizer = new ComplaintNormalizer(config.sp4n(), config.statusMap());
    private ComplaintWriter writer;

    @BeforeEach
    void openStore() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("store"), 2);
        writer = new ComplaintWriter(clock, ref -> ref.startsWith("lapor-bridge:"), database.columnWidths());
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private ObjectNode record(String status, String updatedAt) {
        ObjectNode raw = JSON.createObjectNode()
                .put("tracking_id", "7001").put("title", "Lampu jalan mati").put("content", "Lampu mati")
                .put("is_anonymous", "0").put("is_secret", "0").put("institution_id", "3404002")
                .put("status", status).put("created_at", "2026-12-01 08:00:00").put("updated_at", updatedAt);
        raw.putArray("followups");
        return raw;
    }

    private WriteOutcome write(ObjectNode raw) {
        CanonicalComplaint complaint = normalizer.normalize(raw);
        return database.inTransaction(connection -> writer.write(connection, complaint, () -> "x"));
    }

    @Test
    void sameRecordTwiceChangesNothing() {
        assertThat(write(record("TERDISPOSISI", "2026-12-01 09:00:00")).kind()).isEqualTo(WriteOutcome.Kind.NEW);
        assertThat(write(record("TERDISPOSISI", "2026-12-01 09:00:00")).kind())
                .isEqualTo(WriteOutcome.Kind.UNCHANGED);
        assertThat(write(record("TERDISPOSISI", "2026-12-01 09:05:00")).kind())
                .as("same content under a new update time")
                .isEqualTo(WriteOutcome.Kind.UNCHANGED);
        assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM status_event")).isEqualTo(1);
    }

    @Test
    void olderUpdateIsRecordedButDoesNotRegress() {
        write(record("DITINDAKLANJUTI", "2026-12-02 10:00:00"));
        WriteOutcome stale = write(record("TERDISPOSISI", "2026-12-01 09:00:00"));
        assertThat(stale.kind()).isEqualTo(WriteOutcome.Kind.STALE);
        assertThat(text("SELECT status FROM complaint")).isEqualTo("DITINDAKLANJUTI");
        assertThat(count("SELECT COUNT(*) FROM status_event WHERE status = 'TERDISPOSISI' AND applied = FALSE"))
                .isEqualTo(1);
    }

    @Test
    void cursorNeverMovesBack() {
        CursorStore cursors = new CursorStore(database, clock);
        Instant later = Instant.parse("2026-12-04T02:00:00Z");
        database.inTransaction(c -> {
            cursors.advance(c, "sp4n", "3404002", new Cursor(later, "10"));
            cursors.advance(c, "sp4n", "3404002", new Cursor(later, "9"));
            cursors.advance(c, "sp4n", "3404002", new Cursor(later.minusSeconds(1), "99"));
            return null;
        });
        assertThat(cursors.read("sp4n", "3404002")).contains(new Cursor(later, "10"));
    }

    @Test
    void outboxKeepsOrderPerSubjectAndDedupesKeys() {
        OutboxStore outbox = new OutboxStore(database, clock);
        database.inTransaction(c -> {
            assertThat(outbox.enqueue(c, "sp4n", "add-followup", "k1", "7001", "{}")).isTrue();
            assertThat(outbox.enqueue(c, "sp4n", "add-followup", "k1", "7001", "{}")).isFalse();
            outbox.enqueue(c, "sp4n", "add-followup", "k2", "7001", "{}");
            outbox.enqueue(c, "sp4n", "add-followup", "k3", "7002", "{}");
            return null;
        });
        List<OutboxItem> first = outbox.claimDue("sp4n", "add-followup", 10, Duration.ofMinutes(5));
        assertThat(first).extracting(OutboxItem::idempotencyKey).containsExactly("k1", "k3");
        assertThat(outbox.claimDue("sp4n", "add-followup", 10, Duration.ofMinutes(5)))
                .as("claimed items are not claimed again within their lease").isEmpty();
        outbox.markDone(first.get(0).id(), "f-1");
        assertThat(outbox.claimDue("sp4n", "add-followup", 10, Duration.ofMinutes(5)))
                .extracting(OutboxItem::idempotencyKey).containsExactly("k2");
    }

    @Test
    void expiredLeaseIsClaimedAgainForReconciliation() {
        OutboxStore outbox = new OutboxStore(database, clock);
        database.inTransaction(c -> outbox.enqueue(c, "sp4n", "add-followup", "k1", "7001", "{}"));
        OutboxItem claimed = outbox.claimDue("sp4n", "add-followup", 10, Duration.ZERO).get(0);
        assertThat(claimed.mayHaveReachedUpstream()).isFalse();
        OutboxItem again = outbox.claimDue("sp4n", "add-followup", 10, Duration.ZERO).get(0);
        assertThat(again.id()).isEqualTo(claimed.id());
        assertThat(again.mayHaveReachedUpstream()).isTrue();
        assertThat(again.attempt()).isEqualTo(2);
    }

    @Test
    void recoveryMakesBackoffDueExcept429() {
        OutboxStore outbox = new OutboxStore(database, clock);
        database.inTransaction(c -> {
            outbox.enqueue(c, "sp4n", "add-followup", "refused", "7001", "{}");
            outbox.enqueue(c, "sp4n", "add-followup", "limited", "7002", "{}");
            outbox.enqueue(c, "lapor-bantul", "create-aduan", "other-destination", "7003", "{}");
            outbox.enqueue(c, "sp4n", "add-followup", "never-tried", "7004", "{}");
            return null;
        });
        Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
        List<OutboxItem> sp4n = outbox.claimDue("sp4n", "add-followup", 10, Duration.ofMinutes(5));
        OutboxItem refused = sp4n.stream().filter(item -> item.idempotencyKey().equals("refused")).findFirst()
                .orElseThrow();
        OutboxItem limited = sp4n.stream().filter(item -> item.idempotencyKey().equals("limited")).findFirst()
                .orElseThrow();
        outbox.markFailed(refused.id(), null, "/api/services/f02/addfollowup", "ConnectException", inAnHour);
        outbox.markFailed(limited.id(), 429, "/api/services/f02/addfollowup", "HTTP 429", inAnHour);
        OutboxItem elsewhere = outbox.claimDue("lapor-bantul", "create-aduan", 10, Duration.ofMinutes(5)).get(0);
        outbox.markFailed(elsewhere.id(), 503, "/api/v1/aduan", "HTTP 503", inAnHour);
        outbox.markDone(sp4n.stream().filter(item -> item.idempotencyKey().equals("never-tried")).findFirst()
                .orElseThrow().id(), "f-1");

        assertThat(outbox.retryWaitingNow("sp4n")).as("items made due").isEqualTo(1);

        assertThat(outbox.claimDue("sp4n", "add-followup", 10, Duration.ofMinutes(5)))
                .extracting(OutboxItem::idempotencyKey).containsExactly("refused");
        assertThat(count("SELECT COUNT(*) FROM outbox_item WHERE idempotency_key IN ('limited', "
                + "'other-destination') AND next_attempt_at > CURRENT_TIMESTAMP + INTERVAL '30' MINUTE"))
                .as("items that keep their backoff").isEqualTo(2);
    }

    private long count(String sql) {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private String text(String sql) {
        return database.inTransaction((Connection c) -> {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
