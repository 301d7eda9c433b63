package id.laporbridge.fetch;

import id.laporbridge.store.PageCounts;

import id.laporbridge.store.Cursor;

import java.time.Instant;

/** The progress of one poll of one listing, kept on the exchange while the route pages through it. */
public final class PollState {

    private final String source;
    private final String listing;
    private final Instant since;
    private final Cursor settles;
    private final long startedNanos = System.nanoTime();
    private final PageCounts counts = new PageCounts();
    private int page = 1;
    private boolean morePages = true;

    PollState(String source, String listing, Instant since) {
        this(source, listing, since, null);
    }

    /** {@code settles} is the cursor this poll settles when it ends, see {@link ListingPoll}; null for none. */
    PollState(String source, String listing, Instant since, Cursor settles) {
        this.source = source;
        this.listing = listing;
        this.since = since;
        this.settles = settles;
    }

    Cursor settles() {
        return settles;
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
