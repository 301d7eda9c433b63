package id.laporbridge.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of a complaint's clocks: its source, the Lapor Bantul OPD kode whose working time applies, its filing
 * time and its status and message events in any order.
 */
public record ComplaintTimeline(String source, String opdCode, Instant createdAt, List<TimelineEvent> events) {

    public ComplaintTimeline {
        events = List.copyOf(events);
    }

    /** Returns the filing followed by every event, in {@link TimelineEvent#CHRONOLOGICAL} order. */
    public List<TimelineEvent> chronological() {
        List<TimelineEvent> all = new ArrayList<>(events);
        all.add(TimelineEvent.created(createdAt));
        all.sort(TimelineEvent.CHRONOLOGICAL);
        return all;
    }
}
