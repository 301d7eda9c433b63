package id.laporbridge.sla.clock;

import static id.laporbridge.sla.TestTimes.wib;

import java.util.ArrayList;
import java.util.List;

/** Builds complaint timelines for tests, with times written in WIB. */
final class TimelineBuilder {

    private final String source;
    private final String opdCode;
    private final String createdAt;
    private final List<TimelineEvent> events = new ArrayList<>();

    private TimelineBuilder(String source, String opdCode, String createdAt) {
        this.source = source;
        this.opdCode = opdCode;
        this.createdAt = createdAt;
    }

    static TimelineBuilder laporBantul(String createdAt) {
        return new TimelineBuilder("lapor-bantul", "12500", createdAt).status("baru", createdAt);
    }

    static TimelineBuilder sp4n(String createdAt) {
        return new TimelineBuilder("sp4n", "12500", createdAt).status("BELUM_TERVERIFIKASI", createdAt);
    }

    TimelineBuilder status(String status, String at) {
        events.add(TimelineEvent.status(status, wib(at)));
        return this;
    }

    TimelineBuilder message(String kind, String at) {
        events.add(TimelineEvent.message(kind, wib(at)));
        return this;
    }

    ComplaintTimeline build() {
        return new ComplaintTimeline(source, opdCode, wib(createdAt), events);
    }
}
