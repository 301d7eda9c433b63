package id.laporbridge.sla.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The working periods of each day of the week; a day without periods is a day off. */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<WorkPeriod>> periodsByDay;

    private WeeklyHours(Map<DayOfWeek, List<WorkPeriod>> periodsByDay) {
        this.periodsByDay = periodsByDay;
    }

    /**
     * Parses a map whose keys are a day ({@code monday}) or a range of days ({@code monday-thursday}) and whose
     * values are lists of {@code HH:mm-HH:mm} periods. Periods of one day must not overlap.
     *
     * @throws IllegalArgumentException naming the first key or period that is invalid
     */
    public static WeeklyHours parse(Map<String, List<String>> days) {
        Map<DayOfWeek, List<WorkPeriod>> periodsByDay = new EnumMap<>(DayOfWeek.class);
        days.forEach((key, periods) -> {
            List<WorkPeriod> parsed = parsePeriods(key, periods);
            for (DayOfWeek day : parseDays(key)) {
                if (periodsByDay.containsKey(day)) {
                    throw new IllegalArgumentException("key " + key + " names " + lower(day) + " a second time");
                }
                periodsByDay.put(day, parsed);
            }
        });
        return new WeeklyHours(periodsByDay);
    }

    public List<WorkPeriod> periodsOn(DayOfWeek day) {
        return periodsByDay.getOrDefault(day, List.of());
    }

    private static List<WorkPeriod> parsePeriods(String key, List<String> texts) {
        List<WorkPeriod> periods = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            periods.add(WorkPeriod.parse(text));
        }
        periods.sort(Comparator.comparing(WorkPeriod::start));
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("key " + key + " has overlapping periods " + texts);
            }
        }
        return List.copyOf(periods);
    }

    private static List<DayOfWeek> parseDays(String key) {
        String[] ends = key.split("-");
        if (ends.length > 2) {
            throw new IllegalArgumentException("key " + key + " is neither a day nor a range such as monday-thursday");
        }
        DayOfWeek first = parseDay(key, ends[0]);
        DayOfWeek last = parseDay(key, ends[ends.length - 1]);
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("key " + key + " is a range that runs backwards");
        }
        List<DayOfWeek> result = new ArrayList<>();
        for (int value = first.getValue(); value <= last.getValue(); value++) {
            result.add(DayOfWeek.of(value));
        }
        return result;
    }

    private static DayOfWeek parseDay(String key, String name) {
        try {
            return DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key " + key + " names unknown day '" + name + "'", e);
        }
    }

    private static String lower(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
