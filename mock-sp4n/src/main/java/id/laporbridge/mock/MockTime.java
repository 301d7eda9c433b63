package id.laporbridge.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Reads the mock clock and writes and parses the time formats of both contracts. */
final class MockTime {

    /** SP4N writes local time without an offset, for example {@code 2026-03-01 08:15:00}. */
    static final DateTimeFormatter SP4N_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final ZoneId sp4nZone;

    MockTime(Clock clock, ZoneId sp4nZone) {
        this.clock = clock;
        this.sp4nZone = sp4nZone;
    }

    Instant now() {
        return clock.instant();
    }

    /** Returns the current time as SP4N text in the SP4N zone. */
    String sp4nNow() {
        return LocalDateTime.ofInstant(now(), sp4nZone).format(SP4N_FORMAT);
    }

    /** Returns the current time as ISO-8601 UTC text with a {@code Z}, whole seconds. */
    String utcNow() {
        return now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    int currentYear() {
        return LocalDateTime.ofInstant(now(), sp4nZone).getYear();
    }

    /** Parses SP4N time text; empty when the text is not in the SP4N format. */
    static Optional<LocalDateTime> parseSp4n(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, SP4N_FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses ISO-8601 UTC text such as {@code 2026-03-01T01:15:00Z}; empty when invalid. */
    static Optional<Instant> parseUtc(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
