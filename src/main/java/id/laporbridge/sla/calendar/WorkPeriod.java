package id.laporbridge.sla.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** One stretch of working time within a day, such as 07:30 to 12:00; the end is exclusive. */
public record WorkPeriod(LocalTime start, LocalTime end) {

    public WorkPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("period start " + start + " is not before its end " + end);
        }
    }

    /**
     * Parses {@code HH:mm-HH:mm}.
     *
     * @throws IllegalArgumentException when the text is not two times joined by a hyphen, start before end
     */
    public static WorkPeriod parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("period '" + text + "' is not written as HH:mm-HH:mm");
        }
        try {
            return new WorkPeriod(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period '" + text + "' is not written as HH:mm-HH:mm", e);
        }
    }
}
