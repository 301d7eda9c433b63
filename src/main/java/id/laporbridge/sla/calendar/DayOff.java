package id.laporbridge.sla.calendar;

import java.time.LocalDate;
import java.util.Set;

/** A single day without working time, for the named schedules or, when {@code schedules} is empty, for all. */
public record DayOff(LocalDate date, String name, Set<String> schedules) {

    public boolean appliesTo(String schedule, LocalDate day) {
        return date.equals(day) && (schedules.isEmpty() || schedules.contains(schedule));
    }
}
