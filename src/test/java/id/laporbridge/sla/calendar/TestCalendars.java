package id.laporbridge.sla.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds calendars for tests from the shipped file or from YAML written to a temporary folder. */
public final class TestCalendars {

    public static final Path SHIPPED = Path.of("config/working-calendar.yaml");

    private TestCalendars() {
    }

    public static WorkingCalendar shipped() {
        return new WorkingCalendarLoader().load(SHIPPED);
    }

    /** Writes {@code yaml} as working-calendar.yaml and {@code holidayRows} after the CSV header, then loads them. */
    public static WorkingCalendar write(Path folder, String yaml, String holidayRows) throws IOException {
        Files.writeString(folder.resolve("holidays.csv"), "date,name,type,provisional\n" + holidayRows);
        Path file = folder.resolve("working-calendar.yaml");
        Files.writeString(file, yaml);
        return new WorkingCalendarLoader().load(file);
    }

    /** Returns calendar YAML with the shipped five-day and six-day weeks and the given extra sections. */
    public static String yaml(String extraSections) {
        return """
                time-zone: Asia/Jakarta
                holidays-file: holidays.csv
                default-schedule: five-day
                schedules:
                  five-day:
                    monday-thursday: ["07:30-12:00", "13:00-16:00"]
                    friday: ["07:30-11:30", "13:00-14:30"]
                  six-day:
                    monday-thursday: ["07:30-14:00"]
                    friday: ["07:30-11:30"]
                    saturday: ["07:30-13:00"]
                """ + extraSections;
    }
}
