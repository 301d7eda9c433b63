package id.laporbridge.sla.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Other working hours for a range of dates, both ends included, such as the shorter days of Ramadan. Schedules that
 * the override does not name keep their usual hours.
 */
public record HoursOverride(String name, LocalDate from, LocalDate to, Map<String, WeeklyHours> hoursBySchedule) {

    public Optional<WeeklyHours> hoursFor(String schedule, LocalDate date) {
        if (date.isBefore(from) || date.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.ofNullable(hoursBySchedule.get(schedule));
    }
}
