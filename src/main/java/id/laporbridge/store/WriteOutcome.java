package id.laporbridge.store;

/** What storing one upstream record did. */
public record WriteOutcome(long complaintId, Kind kind) {

    public enum Kind {
        /** First time the bridge saw this record. */
        NEW,
        /** The record changed and its current state was replaced. */
        UPDATED,
        /** Same content as stored; nothing changed. */
        UNCHANGED,
        /** Older than the stored state: its statuses were recorded in history, the current state was kept. */
        STALE
    }
}
