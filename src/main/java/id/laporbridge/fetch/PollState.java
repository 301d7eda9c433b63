package id.laporbridge.fetch;

import id.laporbridge.store.Cursor;
import id.laporbridge.store.PageCounts;

import java.time.Instant;

/** The progress of one poll of one listing, kept on the exchange while the route pages through it. */
public final class PollState {

    private final String source;
    private final String listing;
    private final Instant since;
    private final Cursor settles;
    private final Cursor readUpTo;
    private final long startedNanos = System.nanoTime();
    private final PageCounts counts = new PageCounts();
    private int page = 1;
    private boolean morePages = true;
    private boolean stoppedAtPageLimit;

    PollState(String source, String listing, Instant since) {
        this(source, listing, since, null, null);
    }

    /**
     * {@code settles} is the cursor this poll settles when it ends. {@code readUpTo} is a settled cursor up to which
     * every record was read already (see {@link ListingPoll}). Either is null when there is none.
     */
    PollState(String source, String listing, Instant since, Cursor settles, Cursor readUpTo) {
        this.source = source;
        this.listing = listing;
        this.since = since;
        this.settles = settles;
        this.readUpTo = readUpTo;
    }

    Cursor settles() {
        return settles;
    }

    Cursor readUpTo() {
        return readUpTo;
    }

    public String getSource() {
        return source;
    }

    public String getListing() {
        return listing;
    }

    /** Where this poll reads from; null on the first poll of a listing. */
    public Instant getSince() {
        return since;
    }

    public int getPage() {
        return page;
    }

    public boolean isMorePages() {
        return morePages;
    }

    void stopAtPageLimit() {
        stoppedAtPageLimit = true;
    }

    boolean stoppedAtPageLimit() {
        return stoppedAtPageLimit;
    }

    PageCounts counts() {
        return counts;
    }

    void pageDone(PageCounts pageCounts, boolean more) {
        counts.add(pageCounts);
        morePages = more;
        if (more) {
            page++;
        }
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
