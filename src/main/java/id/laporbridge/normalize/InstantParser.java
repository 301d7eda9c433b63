package id.laporbridge.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the date-time forms upstreams send: a {@code T} or a space between date and time, optional fractions of a
 * second up to nanoseconds, and an optional offset written as {@code Z}, {@code +07:00} or {@code +0700}. A value
 * without an offset is read in the zone given to the constructor.
 */
public final class InstantParser {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private final ZoneId localZone;

    public InstantParser(ZoneId localZone) {
        this.localZone = localZone;
    }

    /** Parses {@code text}; throws {@link DateTimeException} with the rejected value when no form matches. */
    public Instant parse(String text) {
        TemporalAccessor parsed = FORMAT.parse(text.trim());
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local.toInstant(java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
        }
        return local.atZone(localZone).toInstant();
    }
}
