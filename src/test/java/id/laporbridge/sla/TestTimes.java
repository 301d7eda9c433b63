package id.laporbridge.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Writes test instants as local Western Indonesia time. */
public final class TestTimes {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private TestTimes() {
    }

    /** Returns the instant of {@code yyyy-MM-ddTHH:mm} in Asia/Jakarta. */
    public static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }
}
