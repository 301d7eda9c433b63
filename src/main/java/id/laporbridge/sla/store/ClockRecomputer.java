package id.laporbridge.sla.store;

import id.laporbridge.sla.clock.ClockEngine;
import id.laporbridge.sla.clock.ComplaintTimeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Loads a complaint's events, computes its clocks and writes them; running it twice changes nothing. */
public final class ClockRecomputer {

    private final TimelineReader reader;
    private final ClockEngine engine;
    private final ClockStore store;

    public ClockRecomputer(TimelineReader reader, ClockEngine engine, ClockStore store) {
        this.reader = reader;
        this.engine = engine;
        this.store = store;
    }

    /** Recomputes one complaint in the caller's transaction; returns false when the complaint does not exist. */
    public boolean recompute(Connection connection, long complaintId) throws SQLException {
        Optional<ComplaintTimeline> timeline = reader.load(connection, complaintId);
        if (timeline.isEmpty()) {
            return false;
        }
        store.save(connection, complaintId, timeline.get().opdCode(), engine.compute(timeline.get()));
        return true;
    }
}
