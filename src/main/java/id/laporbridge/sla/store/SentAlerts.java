package id.laporbridge.sla.store;

import java.time.Instant;

/**
 * When the SLA check sent each alert of one clock, null while unsent.
 *
 * @param dueSoon the due-soon warning
 * @param breach  the breach alert, recorded in {@code sla_breach} as well
 * @param lateEnd the note that the clock ended after its deadline
 */
public record SentAlerts(Instant dueSoon, Instant breach, Instant lateEnd) {

    public static final SentAlerts NONE = new SentAlerts(null, null, null);

    public SentAlerts withDueSoon(Instant at) {
        return new SentAlerts(at, breach, lateEnd);
    }

    /** Records the breach alert; a due-soon warning never sent counts as sent with it. */
    public SentAlerts withBreach(Instant at) {
        return new SentAlerts(dueSoon == null ? at : dueSoon, at, lateEnd);
    }

    public SentAlerts withLateEnd(Instant at) {
        return new SentAlerts(dueSoon, breach, at);
    }
}
