package id.laporbridge.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.config.UpstreamProfile;
import id.laporbridge.store.Cursor;
import id.laporbridge.store.CursorStore;
import id.laporbridge.store.PageCounts;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.SyncActivity;
import id.laporbridge.upstream.HttpRequests;
import id.laporbridge.upstream.UpstreamCallFailed;
import id.laporbridge.upstream.UpstreamReplies;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages through one upstream listing from its durable cursor. A poll starts an overlap before the cursor, so a
 * record that the upstream commits up to the overlap after its update time is still read. It pages by page number
 * over that fixed start, so a page full of one timestamp neither loops nor skips. The cursor moves only in the
 * transaction that stores a page.
 *
 * <p>A cursor that stays put settles: once one poll that started at least the overlap after this bridge first read
 * the cursor has ended, every record updated up to the cursor was visible to that poll, so later polls start at the
 * cursor itself. They still receive the records of the cursor's own second, because a listing filters by whole
 * seconds, but skip those at or before the cursor without normalizing them. A record changed since then has a later
 * update time, so it is read. Without that, each poll after a burst read the burst's last overlap, and then its
 * last second, again until a newer record came, which kept an idle bridge busy. A record without an update time is
 * never skipped, because the creation time used in its place stays the same when the record changes. The watch is
 * kept in memory, so after a restart the first polls read the overlap again.
 */
public final class ListingPoll {

    /** Exchange property that contains the {@link PollState}. */
    public static final String STATE = "poll";

    private static final Logger LOG = LoggerFactory.getLogger(ListingPoll.class);

    private final UpstreamProfile profile;
    private final ListingLimits limits;
    private final CursorStore cursors;
    private final PageWriter pages;
    private final String authValue;
    private final SourceHealth health;
    private final PollPauses pauses;
    private final SyncActivity activity;
    private final Clock clock;
    private final AtomicLong finishedPolls = new AtomicLong();
    private final Map<String, CursorWatch> watches = new ConcurrentHashMap<>();
    private volatile long lastPollMillis = -1;

    /**
     * {@code authValue} is the secret sent in the listing's auth field, or null when a bearer token is used;
     * {@code activity} learns of every page that stored new or changed records.
     */
    public ListingPoll(UpstreamProfile profile, ListingLimits limits, CursorStore cursors, PageWriter pages,
                       String authValue, SourceHealth health, PollPauses pauses, SyncActivity activity,
                       Clock clock) {
        this.profile = profile;
        this.limits = limits;
        this.cursors = cursors;
        this.pages = pages;
        this.authValue = authValue;
        this.health = health;
        this.pauses = pauses;
        this.activity = activity;
        this.clock = clock;
    }

    /** Returns false while the upstream's Retry-After pauses this source, so the route skips the listing call. */
    public boolean due() {
        return pauses.mayPoll(profile.source());
    }

    /** Starts a poll of the listing named by the body (an institution id, or a fixed name). */
    public void begin(Exchange exchange) {
        String listing = exchange.getMessage().getBody(String.class);
        Optional<Cursor> cursor = cursors.read(profile.source(), listing);
        if (cursor.isEmpty()) {
            exchange.setProperty(STATE, new PollState(profile.source(), listing, null));
            return;
        }
        Instant now = clock.instant();
        CursorWatch watch = watches.compute(listing, (name, seen) ->
                seen != null && seen.cursor().equals(cursor.get()) ? seen : new CursorWatch(cursor.get(), now, false));
        if (watch.settled()) {
            exchange.setProperty(STATE, new PollState(profile.source(), listing, cursor.get().updatedAt(), null,
                    cursor.get()));
            return;
        }
        boolean settles = !now.isBefore(watch.firstRead().plus(limits.overlap()));
        exchange.setProperty(STATE, new PollState(profile.source(), listing,
                cursor.get().updatedAt().minus(limits.overlap()), settles ? cursor.get() : null, null));
    }

    /** Sets a form body with the listing's fields, for upstreams that take a POST form. */
    public void formRequest(Exchange exchange) {
        HttpRequests.form(exchange, requestFields(state(exchange)));
    }

    /** Sets the query string with the listing's fields, for upstreams that take a GET. */
    public void queryRequest(Exchange exchange) {
        exchange.setProperty(LaporBantulCalls.METHOD, "GET");
        exchange.setProperty(LaporBantulCalls.QUERY, HttpRequests.encode(requestFields(state(exchange))));
        exchange.getMessage().setBody(null);
    }

    private Map<String, String> requestFields(PollState state) {
        UpstreamProfile.ListingLayout listing = profile.listing();
        Map<String, String> fields = new LinkedHashMap<>();
        if (listing.authField() != null) {
            fields.put(listing.authField(), authValue);
        }
        if (listing.orgField() != null) {
            fields.put(listing.orgField(), state.getListing());
        }
        if (state.getSince() != null) {
            fields.put(listing.sinceField(), formatSince(state.getSince()));
        }
        fields.put(listing.pageField(), Integer.toString(state.getPage()));
        fields.put(listing.limitField(), Integer.toString(limits.pageSize()));
        return fields;
    }

    private String formatSince(Instant since) {
        String format = profile.listing().sinceFormat();
        if ("iso-utc".equals(format)) {
            return DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return DateTimeFormatter.ofPattern(format).withZone(profile.timeZone()).format(since);
    }

    /** Stores the page in the reply body and decides whether another page follows. */
    public void storePage(Exchange exchange) {
        PollState state = state(exchange);
        JsonNode reply = UpstreamReplies.json(exchange);
        UpstreamProfile.ListingLayout listing = profile.listing();
        UpstreamReplies.requireNoErrorFlag(exchange, reply, listing.errorFlag(), listing.errorValue());
        JsonNode records = reply.at(listing.records());
        if (!records.isArray()) {
            throw new UpstreamCallFailed(UpstreamReplies.status(exchange), UpstreamReplies.path(exchange),
                    "reply has no record array at " + listing.records(), true, null);
        }
        boolean invalidUtf8 = exchange.getProperty(UpstreamReplies.INVALID_UTF8, false, Boolean.class);
        exchange.removeProperty(UpstreamReplies.INVALID_UTF8);
        PageCounts counts = pages.write(profile.source(), state.getListing(), records, invalidUtf8,
                state.readUpTo());
        if (counts.created() + counts.updated() > 0) {
            activity.recordActivity();
        }
        state.pageDone(counts, hasMorePages(state, reply, records.size()));
    }

    private boolean hasMorePages(PollState state, JsonNode reply, int received) {
        if (received < limits.pageSize()) {
            return false;
        }
        JsonNode total = reply.at(profile.listing().total());
        if (total.canConvertToLong() && (long) state.getPage() * limits.pageSize() >= total.asLong()) {
            return false;
        }
        if (state.getPage() >= limits.maxPages()) {
            LOG.warn("Poll stopped at the page limit source={} listing={} pages={}; the next poll goes on",
                    profile.source(), state.getListing(), state.getPage());
            state.stopAtPageLimit();
            return false;
        }
        return true;
    }

    /** Logs the one summary line of the poll. */
    public void finish(Exchange exchange) {
        PollState state = state(exchange);
        PageCounts counts = state.counts();
        LOG.info("Poll finished source={} listing={} pages={} fetched={} new={} updated={} unchanged={} stale={} "
                        + "quarantined={} durationMs={}", profile.source(), state.getListing(), state.getPage(),
                counts.fetched(), counts.created(), counts.updated(), counts.unchanged(), counts.stale(),
                counts.quarantined(), state.elapsedMillis());
        health.pollSucceeded(profile.source(), counts.created() + counts.updated());
        // A poll that stopped at the page limit did not read every record up to the cursor, so it settles nothing.
        if (state.settles() != null && !state.stoppedAtPageLimit()) {
            watches.computeIfPresent(state.getListing(), (name, watch) -> watch.cursor().equals(state.settles())
                    ? new CursorWatch(watch.cursor(), watch.firstRead(), true) : watch);
        }
        PollMetrics.pollFinished(profile.source(), counts);
        lastPollMillis = state.elapsedMillis();
        finishedPolls.incrementAndGet();
    }

    /** Returns how long the last finished poll of a listing took, in milliseconds, or -1 before the first. */
    public long lastPollMillis() {
        return lastPollMillis;
    }

    /** Counts the listing polls that ran to their last page since start. */
    public long finishedPolls() {
        return finishedPolls.get();
    }

    private static PollState state(Exchange exchange) {
        return exchange.getProperty(STATE, PollState.class);
    }

    /** When this bridge first read a listing's cursor, and whether a poll since then has settled it. */
    private record CursorWatch(Cursor cursor, Instant firstRead, boolean settled) {
    }

    /** Paging limits of one listing. */
    public record ListingLimits(int pageSize, Duration overlap, int maxPages) {
    }
}
