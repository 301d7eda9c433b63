package id.laporbridge.fetch;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.store.Cursor;
import id.laporbridge.store.CursorStore;
import id.laporbridge.store.Database;
import id.laporbridge.store.SyncActivity;
import id.laporbridge.support.ShiftableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a listing poll starts reading: the overlap before the cursor until a poll has settled the cursor. */
class ListingOverlapTest {

    private static final Duration OVERLAP = Duration.ofSeconds(120);
    private static final String LISTING = "3404001";
    private static final Instant CURSOR_TIME = Instant.parse("2026-12-01T02:00:00Z");

    private final CamelContext camel = new DefaultCamelContext();
    private final ShiftableClock clock = new ShiftableClock();
    private Database database;
    private CursorStore cursors;
    private ListingPoll poll;

    @BeforeEach
    void openStore() {
        database = Database.open("jdbc:h2:mem:overlap-" + UUID.randomUUID(), 2);
        cursors = new CursorStore(database, Clock.systemUTC());
        BridgeConfig config = new ConfigLoader().load(Path.of("config"));
        SourceHealth health = new SourceHealth(Clock.systemUTC(), (from, to) -> Duration.between(from, to),
                Duration.ofHours(8), 3);
        poll = new ListingPoll(config.profile(BridgeConfig.SP4N),
                new ListingPoll.ListingLimits(100, OVERLAP, 10), cursors, null, "token", health,
                new PollPauses(Clock.systemUTC()), new SyncActivity(), clock);
        moveCursor(new Cursor(CURSOR_TIME, "5000001"));
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void cursorSettlesAfterOverlapAndOnePoll() {
        assertThat(runPoll()).as("first poll").isEqualTo(CURSOR_TIME.minus(OVERLAP));
        assertThat(runPoll()).as("poll within the overlap").isEqualTo(CURSOR_TIME.minus(OVERLAP));

        clock.advance(OVERLAP);
        assertThat(runPoll()).as("settling poll").isEqualTo(CURSOR_TIME.minus(OVERLAP));
        assertThat(runPoll()).as("poll after the settling one").isEqualTo(CURSOR_TIME);
    }

    @Test
    void settledPollSkipsUpToCursor() {
        Exchange first = begin();
        poll.finish(first);
        clock.advance(OVERLAP);
        Exchange settling = begin();
        poll.finish(settling);
        Exchange settled = begin();

        assertThat(state(first).readUpTo()).as("first poll").isNull();
        assertThat(state(settling).readUpTo()).as("settling poll").isNull();
        assertThat(state(settled).readUpTo()).as("poll after the settling one").isEqualTo(new Cursor(CURSOR_TIME,
                "5000001"));
    }

    @Test
    void pageLimitStopDoesNotSettle() {
        runPoll();
        clock.advance(OVERLAP);
        Exchange cutShort = begin();
        state(cutShort).stopAtPageLimit();
        poll.finish(cutShort);

        assertThat(runPoll()).as("poll after one cut short").isEqualTo(CURSOR_TIME.minus(OVERLAP));
        assertThat(runPoll()).as("poll after a settling one").isEqualTo(CURSOR_TIME);
    }

    @Test
    void movedCursorReadsOverlapAgain() {
        runPoll();
        clock.advance(OVERLAP);
        runPoll();
        assertThat(runPoll()).as("settled").isEqualTo(CURSOR_TIME);

        Instant later = CURSOR_TIME.plusSeconds(30);
        moveCursor(new Cursor(later, "5000002"));
        assertThat(runPoll()).as("first poll after the cursor moved").isEqualTo(later.minus(OVERLAP));
    }

    @Test
    void failedSettlingPollDoesNotSettle() {
        runPoll();
        clock.advance(OVERLAP);
        Exchange failed = begin();
        assertThat(state(failed).getSince()).isEqualTo(CURSOR_TIME.minus(OVERLAP));
        // No finish: the poll failed on a page.
        assertThat(runPoll()).as("poll after the failed one").isEqualTo(CURSOR_TIME.minus(OVERLAP));
        assertThat(runPoll()).as("poll after a settling one").isEqualTo(CURSOR_TIME);
    }

    /** Begins and finishes a poll, as a poll without pages to store would; returns where it read from. */
    private Instant runPoll() {
        Exchange exchange = begin();
        poll.finish(exchange);
        return state(exchange).getSince();
    }

    private Exchange begin() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(LISTING);
        poll.begin(exchange);
        return exchange;
    }

    private static PollState state(Exchange exchange) {
        return exchange.getProperty(ListingPoll.STATE, PollState.class);
    }

    private void moveCursor(Cursor cursor) {
        database.inTransaction(connection -> {
            cursors.advance(connection, BridgeConfig.SP4N, LISTING, cursor);
            return null;
        });
    }
}
