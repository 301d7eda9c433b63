package id.laporbridge.sla.calendar;

import id.laporbridge.config.ConfigException;
import id.laporbridge.sla.ConfigFiles;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the working calendar file and the holiday file it names. Every problem is collected first and reported
 * together in one {@link ConfigException}, each naming the file and the key.
 */
public final class WorkingCalendarLoader {

    /** The content of the working calendar file, as written. */
    record CalendarFile(String timeZone, String holidaysFile, String defaultSchedule,
                        Map<String, Map<String, List<String>>> schedules, Map<String, String> opdSchedules,
                        List<OverrideEntry> overrides, List<DayOffEntry> daysOff) {
    }

    record OverrideEntry(String name, LocalDate from, LocalDate to, Map<String, Map<String, List<String>>> schedules) {
    }

    record DayOffEntry(LocalDate date, String name, List<String> schedules) {
    }

    private final List<String> problems = new ArrayList<>();
    private Path file;

    /**
     * Loads the calendar from {@code file}; a relative holiday file path is resolved against the file's folder.
     *
     * @throws ConfigException listing every invalid key of both files
     */
    public WorkingCalendar load(Path file) {
        problems.clear();
        this.file = file;
        CalendarFile content = ConfigFiles.read(file, CalendarFile.class, problems).orElse(null);
        if (content == null) {
            throw failure();
        }
        ZoneId zone = parseZone(content.timeZone());
        Map<String, WeeklyHours> schedules = parseSchedules("schedules", content.schedules());
        checkScheduleName("default-schedule", content.defaultSchedule(), schedules);
        nonNull(content.opdSchedules()).forEach((opd, schedule) ->
                checkScheduleName("opd-schedules." + opd, schedule, schedules));
        List<HoursOverride> overrides = parseOverrides(content.overrides(), schedules);
        List<DayOff> daysOff = parseDaysOff(content.daysOff(), schedules);
        HolidayFile holidays = loadHolidays(content.holidaysFile());
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new WorkingCalendar(zone, schedules, content.defaultSchedule(), nonNull(content.opdSchedules()),
                overrides, daysOff, holidays);
    }

    private ZoneId parseZone(String zone) {
        if (zone == null) {
            problems.add(file + ": key time-zone is missing; name a zone such as Asia/Jakarta");
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(file + ": key time-zone names unknown zone '" + zone + "'");
            return null;
        }
    }

    private Map<String, WeeklyHours> parseSchedules(String key, Map<String, Map<String, List<String>>> entries) {
        Map<String, WeeklyHours> schedules = new LinkedHashMap<>();
        if (entries == null || entries.isEmpty()) {
            problems.add(file + ": key " + key + " is missing or empty; define at least one weekly schedule");
            return schedules;
        }
        entries.forEach((name, days) -> {
            try {
                schedules.put(name, WeeklyHours.parse(nonNull(days)));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": key " + key + "." + name + ": " + e.getMessage());
            }
        });
        return schedules;
    }

    private void checkScheduleName(String key, String name, Map<String, WeeklyHours> schedules) {
        if (name == null) {
            problems.add(file + ": key " + key + " is missing; name one of the schedules");
        } else if (!schedules.containsKey(name)) {
            problems.add(file + ": key " + key + " names unknown schedule '" + name + "'; known schedules: "
                    + String.join(", ", schedules.keySet()));
        }
    }

    private List<HoursOverride> parseOverrides(List<OverrideEntry> entries, Map<String, WeeklyHours> known) {
        List<HoursOverride> overrides = new ArrayList<>();
        for (OverrideEntry entry : entries == null ? List.<OverrideEntry>of() : entries) {
            String key = "overrides." + entry.name();
            if (entry.from() == null || entry.to() == null || entry.to().isBefore(entry.from())) {
                problems.add(file + ": key " + key + " needs dates from and to, with to not before from");
                continue;
            }
            Map<String, WeeklyHours> hours = parseSchedules(key + ".schedules", entry.schedules());
            hours.keySet().forEach(name -> checkScheduleName(key + ".schedules", name, known));
            overrides.add(new HoursOverride(entry.name(), entry.from(), entry.to(), hours));
        }
        return overrides;
    }

    private List<DayOff> parseDaysOff(List<DayOffEntry> entries, Map<String, WeeklyHours> known) {
        List<DayOff> daysOff = new ArrayList<>();
        for (DayOffEntry entry : entries == null ? List.<DayOffEntry>of() : entries) {
            if (entry.date() == null) {
                problems.add(file + ": key days-off." + entry.name() + ".date is missing");
                continue;
            }
            List<String> names = entry.schedules() == null ? List.of() : entry.schedules();
            names.forEach(name -> checkScheduleName("days-off." + entry.date() + ".schedules", name, known));
            daysOff.add(new DayOff(entry.date(), entry.name(), Set.copyOf(names)));
        }
        return daysOff;
    }

    private HolidayFile loadHolidays(String name) {
        if (name == null) {
            problems.add(file + ": key holidays-file is missing; name the holiday CSV file");
            return null;
        }
        try {
            return HolidayFile.load(file.resolveSibling(name));
        } catch (ConfigException e) {
            problems.add(file + ": key holidays-file: " + e.getMessage());
            return null;
        }
    }

    private ConfigException failure() {
        return new ConfigException("Invalid working calendar:\n  " + String.join("\n  ", problems));
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? new HashMap<>() : map;
    }
}
