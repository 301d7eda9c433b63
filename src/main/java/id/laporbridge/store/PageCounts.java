package id.laporbridge.store;

/** Counts of what storing one or more listing pages did, for the poll summary. */
public final class PageCounts {

    int fetched;
    int created;
    int updated;
    int unchanged;
    int stale;
    int quarantined;

    void count(WriteOutcome.Kind kind) {
        switch (kind) {
            case NEW -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case STALE -> stale++;
        }
    }

    public void add(PageCounts other) {
        fetched += other.fetched;
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        stale += other.stale;
        quarantined += other.quarantined;
    }

    public int fetched() {
        return fetched;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int stale() {
        return stale;
    }

    public int quarantined() {
        return quarantined;
    }
}
