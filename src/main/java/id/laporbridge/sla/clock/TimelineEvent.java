package id.laporbridge.sla.clock;

import id.laporbridge.sla.rules.Trigger;

import java.time.Instant;
import java.util.Comparator;

/** A dated event of a complaint: its filing, a status it reached or a message posted on it. */
public record TimelineEvent(Trigger.Type type, String value, Instant at) {

    /** Orders by time; at the same instant the filing comes first, then statuses, then messages. */
    public static final Comparator<TimelineEvent> CHRONOLOGICAL =
            Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::type);

    public static TimelineEvent created(Instant at) {
        return new TimelineEvent(Trigger.Type.CREATED, "", at);
    }

    public static TimelineEvent status(String status, Instant at) {
        return new TimelineEvent(Trigger.Type.STATUS, status, at);
    }

    public static TimelineEvent message(String kind, Instant at) {
        return new TimelineEvent(Trigger.Type.MESSAGE, kind, at);
    }

    public boolean matches(Trigger trigger) {
        return trigger.type() == type && trigger.value().equals(value);
    }
}
