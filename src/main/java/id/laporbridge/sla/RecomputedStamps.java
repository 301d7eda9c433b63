package id.laporbridge.sla;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The change stamps ({@code complaint.last_changed_at}) at which the last SLA check recomputed complaints, for those
 * the next check reads again within its margin. A complaint read again with the same stamp has the same timeline,
 * so its clocks need no second recompute. Kept in arrays sorted by id, 20 bytes a complaint, because after a
 * backfill every complaint it stored is within the margin.
 */
final class RecomputedStamps {

    static final RecomputedStamps NONE = new RecomputedStamps(new long[0], new long[0], new int[0]);

    private final long[] ids;
    private final long[] seconds;
    private final int[] nanos;

    private RecomputedStamps(long[] ids, long[] seconds, int[] nanos) {
        this.ids = ids;
        this.seconds = seconds;
        this.nanos = nanos;
    }

    /** Returns the stamps of the complaints read that were changed at or after {@code readAgainFrom}. */
    static RecomputedStamps of(List<ChangedComplaint> read, Instant readAgainFrom) {
        ChangedComplaint[] withinMargin = read.stream().filter(row -> !row.changedAt().isBefore(readAgainFrom))
                .sorted(Comparator.comparingLong(ChangedComplaint::id)).toArray(ChangedComplaint[]::new);
        long[] ids = new long[withinMargin.length];
        long[] seconds = new long[withinMargin.length];
        int[] nanos = new int[withinMargin.length];
        for (int i = 0; i < withinMargin.length; i++) {
            ids[i] = withinMargin[i].id();
            seconds[i] = withinMargin[i].changedAt().getEpochSecond();
            nanos[i] = withinMargin[i].changedAt().getNano();
        }
        return new RecomputedStamps(ids, seconds, nanos);
    }

    /** Returns true when the complaint was recomputed at exactly this change stamp. */
    boolean recomputedAt(ChangedComplaint row) {
        int index = Arrays.binarySearch(ids, row.id());
        return index >= 0 && seconds[index] == row.changedAt().getEpochSecond()
                && nanos[index] == row.changedAt().getNano();
    }

    /** A complaint the SLA check read as changed, with its change stamp. */
    record ChangedComplaint(long id, Instant changedAt) {
    }
}
