package id.laporbridge.sla.clock;

import id.laporbridge.sla.calendar.WorkingCalendar;
import id.laporbridge.sla.rules.Procedure;
import id.laporbridge.sla.rules.SlaRules;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the clocks of a complaint from its events and the working calendar. The result depends only on the
 * timeline, the rules and the calendar, so computing it again gives the same clocks.
 */
public final class ClockEngine {

    private final SlaRules rules;
    private final WorkingCalendar calendar;

    public ClockEngine(SlaRules rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Returns the clocks of every procedure that applies to the complaint's source; unstarted steps have none. */
    public List<ClockState> compute(ComplaintTimeline timeline) {
        Deadlines deadlines = new Deadlines(calendar.forOpd(timeline.opdCode()), rules.dueSoonShare());
        List<TimelineEvent> events = timeline.chronological();
        List<ClockState> clocks = new ArrayList<>();
        for (Procedure procedure : rules.proceduresFor(timeline.source())) {
            clocks.addAll(new ProcedureRun(procedure, deadlines).replay(events));
        }
        return clocks;
    }

    public SlaRules rules() {
        return rules;
    }
}
